package com.redress.intake.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.redress.contract.Topics;
import com.redress.events.common.NotificationChannel;
import com.redress.events.fixtures.EventFixtures;
import com.redress.events.grading.Category;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationStatus;
import com.redress.events.sla.ClockKind;
import com.redress.events.sla.SlaEvent;
import com.redress.events.sla.SlaEventType;
import com.redress.intake.registration.Registrations;
import com.redress.platform.registry.InMemorySchemaRegistryClient;
import com.redress.platform.registry.SchemaNotFoundException;
import com.redress.platform.serde.AvroSerdes;

/**
 * The case view's topology over the production wiring ({@link CaseViewTopology#build}, the reader serdes and the JSON
 * state serde of {@link CaseViewConfiguration}), read as {@link CaseViewQueries} reads a local store.
 */
class CaseViewTopologyTest {

    private static final String CASE_ID = "8a7f3c52-2b1e-5d6f-9a0b-1c2d3e4f5a6b";
    private static final Instant T0 = Instant.parse("2026-11-24T01:15:00Z");
    private static final CaseAccess ANY_CASE = new CaseAccess("hotline-desk", true);

    @TempDir
    Path stateDir;

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    /** As in production: intake registers no schema of the topics it reads; their writers do. */
    private final Map<String, Object> readerConfig = Map.of("schema.registry.url", "mock://unused",
            "auto.register.schemas", false, "specific.avro.reader", true);
    private final Map<String, Object> writerConfig = Map.of("schema.registry.url", "mock://unused",
            "auto.register.schemas", true);
    private TopologyTestDriver driver;

    @BeforeEach
    void startTopology() {
        StreamsBuilder builder = new StreamsBuilder();
        CaseViewTopology.build(builder, new CaseViewTopology.CaseViewSerdes(serde(ComplaintRegistered.class),
                serde(CaseUpdate.class), serde(ComplaintGraded.class), serde(SlaEvent.class),
                serde(NotificationOutcome.class), CaseViewConfiguration.stateSerde()));
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "case-view-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), config);
    }

    @AfterEach
    void stopTopology() {
        driver.close();
    }

    @Test
    void shouldShowARegisteredCaseNobodyHasTouchedYet() {
        pipe(Topics.COMPLAINTS_REGISTERED, Registrations.sample(CASE_ID));

        CaseStatusView view = statusOf(CASE_ID, ANY_CASE).orElseThrow();

        assertThat(view.caseId()).isEqualTo(CASE_ID);
        assertThat(view.caseNumber()).isEqualTo("CMP-20261124-7K3M-9QX2-ABCD");
        assertThat(view.channel()).isEqualTo("WECHAT");
        assertThat(view.receivedZoneId()).isEqualTo("Asia/Shanghai");
        assertThat(view.stage()).isEqualTo("REGISTERED");
        assertThat(view.lastUpdate()).isNull();
        assertThat(view.grade()).isNull();
        assertThat(view.sla()).isNull();
        assertThat(view.lastNotification()).isNull();
    }

    @Test
    void shouldShowTheLatestEventOfEachKindWhateverTheOrderOfTheTopics() {
        // Given events of the case on all five topics, interleaved, two of each kind but registration
        pipe(Topics.COMPLAINTS_REGISTERED, Registrations.sample(CASE_ID));
        pipe(Topics.COMPLAINTS_UPDATES, update(CaseUpdateType.ACKNOWLEDGED, T0.plusSeconds(60)));
        pipe(Topics.COMPLAINTS_GRADED, graded(3, T0.plusSeconds(5)));
        pipe(Topics.SLA_EVENTS, sla(SlaEventType.STARTED, T0.plusSeconds(6)));
        pipe(Topics.NOTIFICATIONS_OUTCOMES, notification(NotificationStatus.RETRYING, T0.plusSeconds(65)));
        pipe(Topics.COMPLAINTS_GRADED, graded(2, T0.plusSeconds(90)));
        pipe(Topics.COMPLAINTS_UPDATES, update(CaseUpdateType.AWAITING_CUSTOMER, T0.plusSeconds(3600)));
        pipe(Topics.NOTIFICATIONS_OUTCOMES, notification(NotificationStatus.SENT, T0.plusSeconds(70)));
        pipe(Topics.SLA_EVENTS, sla(SlaEventType.WARNING, T0.plusSeconds(64_800)));

        // When
        CaseStatusView view = statusOf(CASE_ID, ANY_CASE).orElseThrow();

        // Then
        assertThat(view.stage()).isEqualTo("AWAITING_CUSTOMER");
        assertThat(view.lastUpdate()).isEqualTo(new CaseStatusView.LastUpdate("AWAITING_CUSTOMER",
                T0.plusSeconds(3600), "E10023871"));
        assertThat(view.grade()).isEqualTo(new CaseStatusView.Grade(2, 2, "FRAUD", T0.plusSeconds(90)));
        assertThat(view.sla()).isEqualTo(new CaseStatusView.Sla("WARNING", "RESOLUTION",
                T0.plusSeconds(86_400), true, T0.plusSeconds(64_800)));
        assertThat(view.lastNotification()).isEqualTo(new CaseStatusView.LastNotification("SENT", "SMS",
                "ACKNOWLEDGEMENT", T0.plusSeconds(70)));
    }

    @Test
    void shouldKeepEventsThatArriveBeforeTheRegistrationAndShowTheCaseOnceRegistered() {
        // Given a grade and an SLA event read before the case's registration (another topic, read faster)
        pipe(Topics.COMPLAINTS_GRADED, graded(2, T0.plusSeconds(5)));
        pipe(Topics.SLA_EVENTS, sla(SlaEventType.STARTED, T0.plusSeconds(6)));

        // Then the case is not shown yet
        assertThat(statusOf(CASE_ID, ANY_CASE)).isEmpty();

        // When its registration arrives
        pipe(Topics.COMPLAINTS_REGISTERED, Registrations.sample(CASE_ID));

        // Then the case is shown with the earlier events
        CaseStatusView view = statusOf(CASE_ID, ANY_CASE).orElseThrow();
        assertThat(view.stage()).isEqualTo("REGISTERED");
        assertThat(view.grade()).isEqualTo(new CaseStatusView.Grade(2, 2, "FRAUD", T0.plusSeconds(5)));
        assertThat(view.sla().event()).isEqualTo("STARTED");
    }

    @Test
    void shouldShowNoCaseThatWasNeverRegistered() {
        pipe(Topics.COMPLAINTS_REGISTERED, Registrations.sample(CASE_ID));

        assertThat(statusOf(UUID.randomUUID().toString(), ANY_CASE)).isEmpty();
    }

    @Test
    void shouldShowASubmitterItsOwnCaseAndAnswerAnotherAsIfTheCaseDidNotExist() {
        pipe(Topics.COMPLAINTS_REGISTERED, Registrations.sample(CASE_ID));

        assertThat(statusOf(CASE_ID, new CaseAccess(Registrations.SUBMITTED_BY, false))).get()
                .extracting(CaseStatusView::caseId).isEqualTo(CASE_ID);
        assertThat(statusOf(CASE_ID, new CaseAccess("another-channel-system", false))).isEmpty();
    }

    @Test
    void shouldShowAnEventWrittenWithAnOlderSchemaVersionThanIntakeReadsWith() {
        // Given intake upgraded before notification-service, as BACKWARD compatibility has it: the outcomes are
        // written with the previous version of the schema (no providerMessageId), the only one the registry holds
        pipe(Topics.COMPLAINTS_REGISTERED, Registrations.sample(CASE_ID));
        Schema previous = withoutField(NotificationOutcome.getClassSchema(), "providerMessageId");
        GenericRecord outcome = inSchema(notification(NotificationStatus.SENT, T0.plusSeconds(70)), previous);

        // When one is written
        pipe(Topics.NOTIFICATIONS_OUTCOMES, AvroSerdes.generic(registry, writerConfig, false).serializer(), outcome);

        // Then the view shows it, read with intake's version, which was never registered
        assertThat(statusOf(CASE_ID, ANY_CASE).orElseThrow().lastNotification()).isEqualTo(
                new CaseStatusView.LastNotification("SENT", "SMS", "ACKNOWLEDGEMENT", T0.plusSeconds(70)));
        assertThatThrownBy(() -> registry.idOf(Topics.NOTIFICATIONS_OUTCOMES + "-value",
                NotificationOutcome.getClassSchema())).isInstanceOf(SchemaNotFoundException.class);
    }

    @Test
    void shouldShowAnEventWrittenWithANewerSchemaVersionThanIntakeKnows() {
        // Given sla-service upgraded before intake: its events carry a field intake's version does not have
        pipe(Topics.COMPLAINTS_REGISTERED, Registrations.sample(CASE_ID));
        Schema newer = withField(SlaEvent.getClassSchema(), new Schema.Field("escalatedTo",
                Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.STRING)), null,
                Schema.Field.NULL_DEFAULT_VALUE));
        GenericRecord event = inSchema(sla(SlaEventType.BREACHED, T0.plusSeconds(86_400)), newer);
        event.put("escalatedTo", "complaints-director");

        // When one is written, registered by its writer
        pipe(Topics.SLA_EVENTS, AvroSerdes.generic(registry, writerConfig, false).serializer(), event);

        // Then the view shows it, and intake's own version of the schema was never registered
        assertThat(statusOf(CASE_ID, ANY_CASE).orElseThrow().sla()).isEqualTo(new CaseStatusView.Sla("BREACHED",
                "RESOLUTION", T0.plusSeconds(86_400), true, T0.plusSeconds(86_400)));
        assertThatThrownBy(() -> registry.idOf(Topics.SLA_EVENTS + "-value", SlaEvent.getClassSchema()))
                .isInstanceOf(SchemaNotFoundException.class);
    }

    @Test
    void shouldReadStateThatANewerInstanceWroteWithAFieldThisOneDoesNotKnow() {
        // an instance of the next version may write the changelog while this one still reads it, in a rolling upgrade
        String newer = """
                {"registration": {"caseNumber": "CMP-1", "channel": "WECHAT", "receivedAt": "2026-11-24T01:15:00Z",
                 "receivedZoneId": "Asia/Shanghai", "submittedBy": "wechat-service-account", "branch": "0042"},
                 "grade": {"tier": 2, "priority": 2, "category": "FRAUD", "gradedAt": "2026-11-24T01:15:05Z"},
                 "escalation": {"to": "complaints-director"}}
                """;

        CaseState state = CaseViewConfiguration.stateSerde().deserializer().deserialize(
                "intake-service-case-view-case-view-cases-changelog", newer.getBytes(StandardCharsets.UTF_8));

        assertThat(state.viewFor(CASE_ID, ANY_CASE).orElseThrow().grade())
                .isEqualTo(new CaseStatusView.Grade(2, 2, "FRAUD", T0.plusSeconds(5)));
    }

    /** As {@link CaseViewQueries} answers from the local store. */
    private Optional<CaseStatusView> statusOf(String caseId, CaseAccess access) {
        KeyValueStore<String, CaseState> store = driver.getKeyValueStore(CaseViewTopology.CASE_STORE);
        return Optional.ofNullable(store.get(caseId)).flatMap(state -> state.viewFor(caseId, access));
    }

    @SuppressWarnings("unchecked")
    private <V extends SpecificRecord> void pipe(String topic, V event) {
        pipe(topic, AvroSerdes.specific((Class<V>) event.getClass(), registry, writerConfig, false).serializer(),
                event);
    }

    private <V> void pipe(String topic, Serializer<V> serializer, V event) {
        driver.createInputTopic(topic, new StringSerializer(), serializer).pipeInput(CASE_ID, event);
    }

    private <T extends SpecificRecord> Serde<T> serde(Class<T> type) {
        return AvroSerdes.specific(type, registry, readerConfig, false);
    }

    /** {@code event} as a generic record of {@code schema}, by Avro's own schema resolution. */
    private static GenericRecord inSchema(SpecificRecord event, Schema schema) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
            new SpecificDatumWriter<SpecificRecord>(event.getSchema()).write(event, encoder);
            encoder.flush();
            return new GenericDatumReader<GenericRecord>(event.getSchema(), schema)
                    .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema withoutField(Schema schema, String name) {
        List<Schema.Field> fields = new ArrayList<>();
        schema.getFields().stream().filter(field -> !field.name().equals(name))
                .forEach(field -> fields.add(new Schema.Field(field, field.schema())));
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    private static CaseUpdate update(CaseUpdateType type, Instant at) {
        return EventFixtures.update(CASE_ID, type).occurredAt(at).build();
    }

    private static ComplaintGraded graded(int tier, Instant at) {
        return EventFixtures.graded(CASE_ID).occurredAt(at).caseNumber(Registrations.CASE_NUMBER)
                .category(Category.FRAUD).tier(tier).priority(2).build();
    }

    private static SlaEvent sla(SlaEventType type, Instant at) {
        return EventFixtures.slaEvent(CASE_ID, type).clock(ClockKind.RESOLUTION).tier(2)
                .deadline(T0.plusSeconds(86_400)).occurredAt(at).provisional().build();
    }

    private static NotificationOutcome notification(NotificationStatus status, Instant at) {
        return EventFixtures.outcome(CASE_ID).occurredAt(at).status(status)
                .channel(NotificationChannel.SMS, "138****1234").build();
    }

    private static Schema withField(Schema schema, Schema.Field extra) {
        List<Schema.Field> fields = new ArrayList<>();
        schema.getFields().forEach(field -> fields.add(new Schema.Field(field, field.schema())));
        fields.add(extra);
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }
}
