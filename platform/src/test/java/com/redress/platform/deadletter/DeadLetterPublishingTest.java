package com.redress.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;

import com.redress.platform.serde.AvroDeserializer;

class DeadLetterPublishingTest {

    private static final Map<String, Object> PRODUCER = Map.of("bootstrap.servers", "127.0.0.1:9",
            "schema.registry.url", "http://127.0.0.1:9");

    private final DeadLetterPublishing publishing = new DeadLetterPublishing(PRODUCER, new SimpleMeterRegistry(),
            List.of(failure -> failure instanceof IllegalArgumentException ? List.of("bad_argument", "second_code")
                    : List.of()));

    @AfterEach
    void close() {
        publishing.destroy();
    }

    @Test
    void shouldNameTheReasonsTheServicesMappingKnowsAlsoOfAWrappedFailure() {
        // Given a listener's exception as the container hands it over
        Exception failure = new ListenerExecutionFailedException("Listener method threw exception",
                new IllegalArgumentException("no such unit"));

        // When / Then
        assertThat(publishing.reasonCodesOf(failure)).containsExactly("bad_argument", "second_code");
    }

    @Test
    void shouldNameTheSerdesOwnReasonsForAnUnreadableRecord() {
        // Given a record with bytes after its datum, as the error-handling deserializer reports it
        byte[] record = {0, 0, 0, 0, 1, 2, 42, 42};
        Exception malformed = readFailure(record);
        Exception failure = new DeserializationException("failed to deserialize", record, false, malformed);

        // When / Then
        assertThat(publishing.reasonCodesOf(failure)).containsExactly("trailing_bytes");
    }

    @Test
    void shouldNameNoReasonForAFailureNoMappingKnows() {
        assertThat(publishing.reasonCodesOf(new SerializationException("Unknown magic byte 0x7b"))).isEmpty();
        assertThat(publishing.reasonCodesOf(new IllegalStateException("boom"))).isEmpty();
    }

    private static Exception readFailure(byte[] record) {
        com.redress.platform.registry.InMemorySchemaRegistryClient registry =
                new com.redress.platform.registry.InMemorySchemaRegistryClient();
        registry.register("probe-value", org.apache.avro.Schema.create(org.apache.avro.Schema.Type.INT));
        try (AvroDeserializer<Object> deserializer = new AvroDeserializer<>(registry)) {
            deserializer.deserialize("probe", record);
        } catch (SerializationException e) {
            return e;
        }
        throw new AssertionError("the record was read");
    }
}
