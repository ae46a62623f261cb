package com.redress.platform.serde;

import static com.redress.platform.serde.ProbeEvents.TOPIC;
import static com.redress.platform.serde.ProbeEvents.VALUE_SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redress.platform.registry.InMemorySchemaRegistryClient;
import com.redress.platform.registry.ScriptedRegistryServer;
import com.redress.platform.serde.testdata.ProbeEvent;
import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;

class AvroSerializerTest {

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @Test
    void shouldFrameAvroBinaryWithMagicByteAndBigEndianSchemaId() throws Exception {
        // Given
        registry.register("unrelated-value", SchemaBuilder.record("Other").fields().requiredInt("n").endRecord());
        AvroSerializer<ProbeEvent> serializer = serializer(Map.of(), false);
        ProbeEvent event = ProbeEvents.sample();

        // When
        byte[] bytes = serializer.serialize(TOPIC, event);

        // Then
        int id = registry.latest(VALUE_SUBJECT).id();
        assertThat(id).isEqualTo(2);
        assertThat(bytes[0]).isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null);
        GenericRecord decoded = new GenericDatumReader<GenericRecord>(ProbeEvent.getClassSchema()).read(null, decoder);
        assertThat(decoder.isEnd()).isTrue();
        assertThat(decoded.get("caseId")).hasToString(event.getCaseId());
        assertThat(decoded.get("occurredAt")).isEqualTo(ProbeEvents.OCCURRED_AT.toEpochMilli());
        assertThat(decoded.get("note")).hasToString(event.getNote());
    }

    @Test
    void shouldRegisterKeySchemaUnderKeySubject() {
        // Given
        AvroSerializer<ProbeEvent> serializer = serializer(Map.of(), true);

        // When
        serializer.serialize(TOPIC, ProbeEvents.sample());

        // Then
        assertThat(registry.latest(TOPIC + "-key").schema()).isEqualTo(ProbeEvent.getClassSchema());
        assertThatThrownBy(() -> registry.latest(VALUE_SUBJECT)).hasMessageContaining("not found");
    }

    @Test
    void shouldSerializeGenericRecordWithItsOwnSchema() {
        // Given
        AvroSerializer<GenericRecord> serializer = new AvroSerializer<>(registry);

        // When
        byte[] bytes = serializer.serialize(TOPIC, ProbeEvents.v1Sample());

        // Then
        assertThat(registry.byId(ByteBuffer.wrap(bytes, 1, 4).getInt())).isEqualTo(ProbeEvents.V1);
    }

    @Test
    void shouldWriteNullAsTombstone() {
        // Given
        AvroSerializer<ProbeEvent> serializer = serializer(Map.of(), false);

        // When
        byte[] bytes = serializer.serialize(TOPIC, null);

        // Then
        assertThat(bytes).isNull();
    }

    @Test
    void shouldRefuseUnregisteredSchemaWhenAutoRegisterIsDisabled() {
        // Given
        AvroSerializer<ProbeEvent> serializer = serializer(Map.of("auto.register.schemas", "false"), false);

        // When / Then
        assertThatThrownBy(() -> serializer.serialize(TOPIC, ProbeEvents.sample()))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Schema com.redress.platform.serde.testdata.ProbeEvent is not registered "
                        + "under subject probe.events-value (topic probe.events) and "
                        + "auto.register.schemas is false");
    }

    @Test
    void shouldUseIdOfRegisteredSchemaWithoutRegisteringWhenAutoRegisterIsDisabled() {
        // Given
        int id = registry.register(VALUE_SUBJECT, ProbeEvent.getClassSchema());
        AvroSerializer<ProbeEvent> serializer = serializer(Map.of("auto.register.schemas", false), false);

        // When
        byte[] bytes = serializer.serialize(TOPIC, ProbeEvents.sample());

        // Then
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
        assertThat(registry.latest(VALUE_SUBJECT).version()).isEqualTo(1);
    }

    @Test
    void shouldUseLatestVersionWhenConfigured() {
        // Given
        registry.register(VALUE_SUBJECT, ProbeEvent.getClassSchema());
        int latestId = registry.latest(VALUE_SUBJECT).id();
        AvroSerializer<ProbeEvent> serializer = serializer(
                Map.of("auto.register.schemas", "false", "use.latest.version", "true"), false);

        // When
        byte[] bytes = serializer.serialize(TOPIC, ProbeEvents.sample());

        // Then
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(latestId);
    }

    @Test
    void shouldUseLatestVersionThatDiffersFromRecordSchemaOnlyInProperties() {
        // Given: the schema registered from its .avsc, without the generated class's avro.java.string properties
        int latestId = registry.register(VALUE_SUBJECT, ProbeEvents.V2_AS_WRITTEN);
        assertThat(ProbeEvents.V2_AS_WRITTEN).isNotEqualTo(ProbeEvent.getClassSchema());
        AvroSerializer<ProbeEvent> serializer = serializer(
                Map.of("auto.register.schemas", "false", "use.latest.version", "true"), false);

        // When
        byte[] bytes = serializer.serialize(TOPIC, ProbeEvents.sample());

        // Then
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(latestId);
    }

    @Test
    void shouldRefuseRecordWhoseSchemaIsNotTheLatestWhenUsingLatestVersion() {
        // Given
        registry.register(VALUE_SUBJECT, ProbeEvents.V1);
        registry.register(VALUE_SUBJECT, ProbeEvent.getClassSchema());
        AvroSerializer<GenericRecord> serializer = new AvroSerializer<>(registry);
        serializer.configure(Map.of("auto.register.schemas", "false", "use.latest.version", "true"), false);

        // When / Then
        assertThatThrownBy(() -> serializer.serialize(TOPIC, ProbeEvents.v1Sample()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("does not encode like version 2")
                .hasMessageContaining("subject probe.events-value (topic probe.events)");
    }

    @Test
    void shouldNameTopicAndSubjectWhenRegistryRefusesSchema() {
        // Given: a first version whose fields the new schema cannot do without defaults
        Schema incompatiblePredecessor = SchemaBuilder.record("ProbeEvent")
                .namespace("com.redress.platform.serde.testdata").fields().requiredString("caseId").endRecord();
        registry.register(VALUE_SUBJECT, incompatiblePredecessor);
        AvroSerializer<ProbeEvent> serializer = serializer(Map.of(), false);

        // When / Then
        assertThatThrownBy(() -> serializer.serialize(TOPIC, ProbeEvents.sample()))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Failed to serialize com.redress.platform.serde.testdata.ProbeEvent record "
                        + "for topic probe.events (subject probe.events-value)")
                .hasMessageContaining("incompatible");
    }

    @Test
    void shouldNameTopicAndSubjectWhenRecordLacksRequiredField() {
        // Given
        GenericRecord withoutCaseId = ProbeEvents.v1Sample();
        withoutCaseId.put("caseId", null);
        AvroSerializer<GenericRecord> serializer = new AvroSerializer<>(registry);

        // When / Then
        assertThatThrownBy(() -> serializer.serialize(TOPIC, withoutCaseId))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Failed to serialize com.redress.platform.serde.testdata.ProbeEvent record "
                        + "for topic probe.events (subject probe.events-value)")
                .hasMessageContaining("caseId");
    }

    @Test
    void shouldRefuseValueThatIsNotAnAvroRecord() {
        // Given
        Serializer<Object> serializer = new AvroSerializer<>(registry);

        // When / Then
        assertThatThrownBy(() -> serializer.serialize(TOPIC, "plain text"))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not java.lang.String");
    }

    @Test
    void shouldNotCallRegistryAgainForSecondRecordOfSameSchema() {
        try (ScriptedRegistryServer server = ScriptedRegistryServer.start()) {
            // Given
            server.answer("POST", "/subjects/probe.events-value/versions", 200, "{\"id\":7}");
            AvroSerializer<ProbeEvent> serializer = new AvroSerializer<>();
            serializer.configure(Map.of("schema.registry.url", server.baseUrl()), false);

            // When
            byte[] first = serializer.serialize(TOPIC, ProbeEvents.sample());
            byte[] second = serializer.serialize(TOPIC, ProbeEvents.sample());

            // Then
            assertThat(ByteBuffer.wrap(first, 1, 4).getInt()).isEqualTo(7);
            assertThat(second).isEqualTo(first);
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void shouldExplainMissingRegistryUrlWhenBuildingItsOwnClient() {
        // Given
        AvroSerializer<ProbeEvent> serializer = new AvroSerializer<>();

        // When / Then
        assertThatThrownBy(() -> serializer.configure(Map.of("auto.register.schemas", "false"), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url");
    }

    private AvroSerializer<ProbeEvent> serializer(Map<String, ?> configs, boolean isKey) {
        AvroSerializer<ProbeEvent> serializer = new AvroSerializer<>(registry);
        serializer.configure(configs, isKey);
        return serializer;
    }
}
