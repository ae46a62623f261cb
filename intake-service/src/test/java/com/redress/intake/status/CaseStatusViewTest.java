package com.redress.intake.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.redress.contract.Topics;
import com.redress.events.common.NotificationChannel;
import com.redress.events.grading.Category;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.grading.GradingReason;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.notification.MessageKind;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationStatus;
import com.redress.events.sla.ClockKind;
import com.redress.events.sla.SlaEvent;
import com.redress.events.sla.SlaEventType;
import com.redress.intake.deduplication.RegisteredCases;
import com.redress.intake.registration.Registrations;
import com.redress.intake.updates.UnknownCaseException;
import com.redress.platform.registry.InMemorySchemaRegistryClient;
import com.redress.platform.registry.SchemaNotFoundException;
import com.redress.platform.serde.AvroSerdes;

/** The status topology and the view composed from its stores, over the exact production wiring. */
class CaseStatusViewTest {

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
    private final CaseStatusTopology.StatusSerdes serdes = new CaseStatusTopology.StatusSerdes(
            serde(ComplaintGraded.class), serde(CaseUpdate.class), serde(SlaEvent.class),
            serde(NotificationOutcome.class));
    private TopologyTestDriver driver;
    private CaseStatusService service;

    @BeforeEach
    void startTopology() {
        StreamsBuilder builder = new StreamsBuilder();
        CaseStatusTopology.build(builder);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "case-status-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), config);
        service = new CaseStatusService(new OneCase(), new DriverStores(), serdes);
    }

    @AfterEach
    void stopTopology() {
        driver.close();
    }

    @Test
    void shouldShowARegisteredCaseNobodyHasTouchedYet() {
        CaseStatusView view = service.statusOf(CASE_ID, ANY_CASE);

        assertThat(view.caseNumber()).isEqualTo("CMP-20261124-7K3M-9QX2-ABCD");
        assertThat(view.channel()).isEqualTo("WECHAT");
        assertThat(view.stage()).isEqualTo("REGISTERED");
        assertThat(view.lastUpdate()).isNull();
        assertThat(view.grade()).isNull();
        assertThat(view.sla()).isNull();
        assertThat(view.lastNotification()).isNull();
    }

    @Test
    void shouldShowTheLatestUpdateGradeSlaEventAndNotification() {
        // Given events of the case on all four topics, two updates in a row
        pipe(Topics.COMPLAINTS_UPDATES, update(CaseUpdateType.ACKNOWLEDGED, T0.plusSeconds(60)));
        pipe(Topics.COMPLAINTS_UPDATES,
                update(CaseUpdateType.AWAITING_CUSTOMER, T0.plusSeconds(3600)));
        pipe(Topics.COMPLAINTS_GRADED, graded());
        pipe(Topics.SLA_EVENTS, slaWarning());
        pipe(Topics.NOTIFICATIONS_OUTCOMES, notificationSent());

        // When
        CaseStatusView view = service.statusOf(CASE_ID, ANY_CASE);

        // Then
        assertThat(view.stage()).isEqualTo("AWAITING_CUSTOMER");
        assertThat(view.lastUpdate()).isEqualTo(new CaseStatusView.LastUpdate("AWAITING_CUSTOMER",
                T0.plusSeconds(3600), "E10023871"));
        assertThat(view.grade()).isEqualTo(new CaseStatusView.Grade(2, 2, "FRAUD", T0.plusSeconds(5)));
        assertThat(view.sla()).isEqualTo(new CaseStatusView.Sla("WARNING", "RESOLUTION",
                T0.plusSeconds(86_400), true, T0.plusSeconds(64_800)));
        assertThat(view.lastNotification()).isEqualTo(new CaseStatusView.LastNotification("SENT", "SMS",
                "ACKNOWLEDGEMENT", T0.plusSeconds(70)));
    }

    @Test
    void shouldRefuseAnUnknownCase() {
        assertThatThrownBy(() -> service.statusOf(UUID.randomUUID().toString(), ANY_CASE))
                .isInstanceOf(UnknownCaseException.class);
    }

    @Test
    void shouldShowASubmitterItsOwnCaseAndAnswerAnotherAsIfTheCaseDidNotExist() {
        assertThat(service.statusOf(CASE_ID, new CaseAccess(Registrations.SUBMITTED_BY, false)).caseId())
                .isEqualTo(CASE_ID);

        assertThatThrownBy(() -> service.statusOf(CASE_ID, new CaseAccess("another-channel-system", false)))
                .isInstanceOf(UnknownCaseException.class);
    }

    @Test
    void shouldShowAnEventWrittenWithAnOlderSchemaVersionThanIntakeReadsWith() {
        // Given intake upgraded before notification-service, as BACKWARD compatibility has it: the outcomes are
        // written with the previous version of the schema (no providerMessageId), the only one the registry holds
        Schema previous = withoutField(NotificationOutcome.getClassSchema(), "providerMessageId");
        GenericRecord outcome = inSchema(notificationSent(), previous);

        // When one is written
        pipe(Topics.NOTIFICATIONS_OUTCOMES, AvroSerdes.generic(registry, writerConfig, false).serializer(), outcome);

        // Then the status view shows it, read with intake's version, which was never registered
        assertThat(service.statusOf(CASE_ID, ANY_CASE).lastNotification()).isEqualTo(new CaseStatusView.LastNotification(
                "SENT", "SMS", "ACKNOWLEDGEMENT", T0.plusSeconds(70)));
        assertThatThrownBy(() -> registry.idOf(Topics.NOTIFICATIONS_OUTCOMES + "-value",
                NotificationOutcome.getClassSchema())).isInstanceOf(SchemaNotFoundException.class);
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
        return CaseUpdate.newBuilder().setEventId(UUID.randomUUID()).setCaseId(CASE_ID).setOccurredAt(at)
                .setSource("intake-service").setUpdateType(type).setActor("E10023871").build();
    }

    private static ComplaintGraded graded() {
        return ComplaintGraded.newBuilder().setEventId(UUID.randomUUID()).setCaseId(CASE_ID)
                .setOccurredAt(T0.plusSeconds(5)).setSource("grading-service")
                .setCaseNumber("CMP-20261124-7K3M-9QX2-ABCD").setPrimaryCategory(Category.FRAUD)
                .setSecondaryCategories(List.of()).setTier(2).setPriority(2).setGradingReason(GradingReason.INITIAL)
                .setFiredRules(List.of()).setRuleSetVersion("2026.11").build();
    }

    private static SlaEvent slaWarning() {
        return SlaEvent.newBuilder().setEventId(UUID.randomUUID()).setCaseId(CASE_ID)
                .setOccurredAt(T0.plusSeconds(64_800)).setSource("sla-service").setType(SlaEventType.WARNING)
                .setClockKind(ClockKind.RESOLUTION).setClockId("resolution").setTier(2).setPolicyId("cn-default")
                .setCalendarId("cn-mainland").setDeadline(T0.plusSeconds(86_400))
                .setTargetDescription("resolve within 24 h").setElapsedBusinessMillis(64_800_000L)
                .setWarningFraction(0.75).setDeadlineProvisional(true).build();
    }

    private static NotificationOutcome notificationSent() {
        return NotificationOutcome.newBuilder().setEventId(UUID.randomUUID()).setCaseId(CASE_ID)
                .setOccurredAt(T0.plusSeconds(70)).setSource("notification-service").setStatus(NotificationStatus.SENT)
                .setChannel(NotificationChannel.SMS).setMessageKind(MessageKind.ACKNOWLEDGEMENT)
                .setTemplateId("ack-zh").setLanguage("zh-CN").setAttempt(1).setDeliveryKey("k")
                .setMaskedRecipient("138****1234").build();
    }

    private final class DriverStores implements LatestCaseEvents {

        @Override
        public Optional<byte[]> find(String storeName, String caseId) {
            ValueAndTimestamp<byte[]> value = driver.<String, byte[]>getTimestampedKeyValueStore(storeName).get(caseId);
            return Optional.ofNullable(value).map(ValueAndTimestamp::value);
        }
    }

    private static final class OneCase implements RegisteredCases {

        @Override
        public Optional<ComplaintRegistered> find(String caseId) {
            return CASE_ID.equals(caseId) ? Optional.of(Registrations.sample(CASE_ID)) : Optional.empty();
        }

        @Override
        public void remember(ComplaintRegistered registration) {
        }
    }
}
