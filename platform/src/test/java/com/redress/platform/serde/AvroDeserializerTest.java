package com.redress.platform.serde;

import static com.redress.platform.serde.ProbeEvents.TOPIC;
import static com.redress.platform.serde.ProbeEvents.VALUE_SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redress.platform.registry.ClosedPort;
import com.redress.platform.registry.InMemorySchemaRegistryClient;
import com.redress.platform.registry.ScriptedRegistryServer;
import com.redress.platform.serde.testdata.ProbeChannel;
import com.redress.platform.serde.testdata.ProbeEvent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AvroDeserializerTest {

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @Test
    void shouldReadSpecificRecordWhenSpecificAvroReaderIsEnabled() {
        // Given
        ProbeEvent event = ProbeEvents.sample();
        byte[] bytes = new AvroSerializer<ProbeEvent>(registry).serialize(TOPIC, event);
        AvroDeserializer<ProbeEvent> deserializer = new AvroDeserializer<>(registry);
        deserializer.configure(Map.of("specific.avro.reader", "true"), false);

        // When
        ProbeEvent read = deserializer.deserialize(TOPIC, bytes);

        // Then
        assertThat(read).isEqualTo(event);
        assertThat(read.getAmountAtStake()).isEqualByComparingTo(ProbeEvents.AMOUNT);
        assertThat(read.getOccurredAt()).isEqualTo(ProbeEvents.OCCURRED_AT);
    }

    @Test
    void shouldRefuseARecordOfAnotherSchemaOnATopicOfTheContract() {
        // Given one of our events written to a contract topic whose record it is not
        byte[] bytes = new AvroSerializer<ProbeEvent>(registry).serialize("complaints.graded", ProbeEvents.sample());
        AvroDeserializer<Object> deserializer = new AvroDeserializer<>(registry);
        deserializer.configure(Map.of("specific.avro.reader", "true"), false);

        // When it is read there, then it is a deserialization failure naming both schemas
        assertThatThrownBy(() -> deserializer.deserialize("complaints.graded", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining(ProbeEvent.getClassSchema().getFullName())
                .hasMessageContaining("on topic complaints.graded, whose contract is "
                        + "com.redress.events.grading.ComplaintGraded");
        // And the same bytes still read on a topic outside the contract
        assertThat(deserializer.deserialize(TOPIC, bytes)).isEqualTo(ProbeEvents.sample());
    }

    @Test
    void shouldReadGenericRecordWithWriterSchemaByDefault() {
        // Given
        byte[] bytes = new AvroSerializer<ProbeEvent>(registry).serialize(TOPIC, ProbeEvents.sample());
        AvroDeserializer<GenericRecord> deserializer = new AvroDeserializer<>(registry);
        deserializer.configure(Map.of(), false);

        // When
        GenericRecord read = deserializer.deserialize(TOPIC, bytes);

        // Then
        assertThat(read).isNotInstanceOf(ProbeEvent.class);
        assertThat(read.getSchema()).isEqualTo(ProbeEvent.getClassSchema());
        assertThat(read.get("caseId")).hasToString("C-2026-000042");
        assertThat(read.get("channel")).hasToString("BRANCH");
    }

    @Test
    void shouldReadIntoExplicitClassWithoutSpecificAvroReaderSetting() {
        // Given
        byte[] bytes = new AvroSerializer<ProbeEvent>(registry).serialize(TOPIC, ProbeEvents.sample());
        AvroDeserializer<ProbeEvent> deserializer = new AvroDeserializer<>(registry, ProbeEvent.class);

        // When
        ProbeEvent read = deserializer.deserialize(TOPIC, bytes);

        // Then
        assertThat(read).isEqualTo(ProbeEvents.sample());
    }

    @Test
    void shouldReadRecordWrittenWithOlderSchemaFillingTheNewFieldsDefault() {
        // Given: a producer still on version 1
        byte[] bytes = new AvroSerializer<GenericRecord>(registry).serialize(TOPIC, ProbeEvents.v1Sample());
        AvroDeserializer<ProbeEvent> deserializer = new AvroDeserializer<>(registry, ProbeEvent.class);

        // When
        ProbeEvent read = deserializer.deserialize(TOPIC, bytes);

        // Then
        assertThat(read.getCaseId()).isEqualTo("C-2026-000007");
        assertThat(read.getChannel()).isEqualTo(ProbeChannel.WEB);
        assertThat(read.getAmountAtStake()).isEqualByComparingTo(ProbeEvents.AMOUNT);
        assertThat(read.getNote()).isNull();
    }

    @Test
    void shouldReturnNullForNullRecord() {
        // Given
        AvroDeserializer<ProbeEvent> deserializer = new AvroDeserializer<>(registry, ProbeEvent.class);

        // When / Then
        assertThat(deserializer.deserialize(TOPIC, null)).isNull();
    }

    @Test
    void shouldRejectRecordWithWrongMagicByte() {
        // Given: JSON where Avro was expected
        byte[] json = "{\"caseId\":\"C-1\"}".getBytes(StandardCharsets.UTF_8);
        AvroDeserializer<ProbeEvent> deserializer = new AvroDeserializer<>(registry, ProbeEvent.class);

        // When / Then
        assertThatThrownBy(() -> deserializer.deserialize("complaints.submitted", json))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Unknown magic byte 0x7b in record from topic complaints.submitted: "
                        + "not Confluent Avro wire format");
    }

    @Test
    void shouldRejectRecordTooShortForWireFormat() {
        // Given
        byte[] bytes = {0, 0, 1};
        AvroDeserializer<ProbeEvent> deserializer = new AvroDeserializer<>(registry, ProbeEvent.class);

        // When / Then
        assertThatThrownBy(() -> deserializer.deserialize("complaints.submitted", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Record from topic complaints.submitted too short (3 bytes) for the Confluent wire format");
    }

    @Test
    void shouldReportSchemaIdUnknownToRegistry() {
        // Given: 4711 = 0x1267
        byte[] bytes = {0, 0, 0, 0x12, 0x67, 0x02};
        AvroDeserializer<ProbeEvent> deserializer = new AvroDeserializer<>(registry, ProbeEvent.class);

        // When / Then
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Schema id 4711 not found in schema registry (topic probe.events)");
    }

    @Test
    void shouldReportUnreachableRegistry() {
        // Given
        String url = "http://127.0.0.1:" + ClosedPort.find();
        AvroDeserializer<ProbeEvent> deserializer = new AvroDeserializer<>();
        deserializer.configure(Map.of(
                "schema.registry.url", url,
                "schema.registry.retries", "1",
                "schema.registry.retry.backoff.ms", "1",
                "schema.registry.connect.timeout.ms", "500"), false);
        byte[] bytes = {0, 0, 0, 0, 1, 0x02};

        // When / Then
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Schema registry unreachable while fetching schema id 1 for a record from topic "
                        + "probe.events: schema registry at " + url
                        + " unreachable after 2 attempts: connection refused");
    }

    @Test
    void shouldExplainMissingGeneratedClassForSpecificReader() {
        // Given
        Schema unknown = SchemaBuilder.record("Unknown").namespace("com.redress.nowhere").fields()
                .requiredString("id").endRecord();
        GenericRecord record = new GenericData.Record(unknown);
        record.put("id", "x");
        byte[] bytes = new AvroSerializer<GenericRecord>(registry).serialize(TOPIC, record);
        AvroDeserializer<Object> deserializer = new AvroDeserializer<>(registry);
        deserializer.configure(Map.of("specific.avro.reader", true), false);

        // When / Then
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Cannot read com.redress.nowhere.Unknown (schema id 1, topic "
                        + "probe.events)")
                .hasMessageContaining("no generated SpecificRecord class com.redress.nowhere.Unknown");
    }

    @Test
    void shouldReportPayloadThatDoesNotMatchItsSchema() {
        // Given: a record cut short after its header and first field
        byte[] complete = new AvroSerializer<ProbeEvent>(registry).serialize(TOPIC, ProbeEvents.sample());
        byte[] truncated = Arrays.copyOf(complete, 8);
        AvroDeserializer<ProbeEvent> deserializer = new AvroDeserializer<>(registry, ProbeEvent.class);

        // When / Then
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Failed to decode Avro record with schema id 1 from topic "
                        + "probe.events");
    }

    @Test
    void shouldFetchWriterSchemaOnceForManyRecords() {
        try (ScriptedRegistryServer server = ScriptedRegistryServer.start()) {
            // Given
            int id = registry.register(VALUE_SUBJECT, ProbeEvent.getClassSchema());
            byte[] bytes = new AvroSerializer<ProbeEvent>(registry).serialize(TOPIC, ProbeEvents.sample());
            server.answer("GET", "/schemas/ids/" + id, 200,
                    "{\"schema\":" + JsonMapper.builder().build()
                            .writeValueAsString(ProbeEvent.getClassSchema().toString()) + "}");
            AvroDeserializer<ProbeEvent> deserializer = new AvroDeserializer<>();
            deserializer.configure(Map.of("schema.registry.url", server.baseUrl(), "specific.avro.reader", "true"),
                    false);

            // When
            ProbeEvent first = deserializer.deserialize(TOPIC, bytes);
            ProbeEvent second = deserializer.deserialize(TOPIC, bytes);

            // Then
            assertThat(first).isEqualTo(ProbeEvents.sample());
            assertThat(second).isEqualTo(first);
            assertThat(server.requests()).hasSize(1);
        }
    }
}
