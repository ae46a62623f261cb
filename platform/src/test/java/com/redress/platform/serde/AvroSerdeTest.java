package com.redress.platform.serde;

import static com.redress.platform.serde.ProbeEvents.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.redress.platform.registry.InMemorySchemaRegistryClient;
import com.redress.platform.serde.testdata.ProbeEvent;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AvroSerdeTest {

    private final String scope = "avro-serde-test-" + System.nanoTime();
    private final Map<String, String> mockRegistry = Map.of(
            "schema.registry.url", "mock://" + scope,
            "specific.avro.reader", "true");

    @TempDir
    Path stateDir;

    @AfterEach
    void dropScope() {
        InMemorySchemaRegistryClient.dropScope(scope);
    }

    @Test
    void shouldWorkAsDefaultValueSerdeThatKafkaStreamsInstantiatesByClassName() {
        // Given
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "serde-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
        props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, "com.redress.platform.serde.AvroSerde");
        props.putAll(mockRegistry);
        StreamsBuilder builder = new StreamsBuilder();
        builder.<String, ProbeEvent>stream(TOPIC)
                .mapValues(event -> ProbeEvent.newBuilder(event).setNote("graded").build())
                .to("probe.events.out");
        Serde<ProbeEvent> testSerde = AvroSerdes.specific(ProbeEvent.class, mockRegistry, false);

        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
            TestInputTopic<String, ProbeEvent> input = driver.createInputTopic(TOPIC,
                    Serdes.String().serializer(), testSerde.serializer());
            TestOutputTopic<String, ProbeEvent> output = driver.createOutputTopic("probe.events.out",
                    Serdes.String().deserializer(), testSerde.deserializer());

            // When
            input.pipeInput("C-2026-000042", ProbeEvents.sample());

            // Then
            assertThat(output.readValue()).isEqualTo(ProbeEvent.newBuilder(ProbeEvents.sample())
                    .setNote("graded").build());
            assertThat(InMemorySchemaRegistryClient.forScope(scope).latest("probe.events.out-value").schema())
                    .isEqualTo(ProbeEvent.getClassSchema());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldWorkWhenKafkaClientsInstantiateItByClassNameFromStringProperties() throws Exception {
        // Given: what KafkaProducer and KafkaConsumer do with value.serializer / value.deserializer
        Serializer<Object> serializer = Utils.newInstance("com.redress.platform.serde.AvroSerializer",
                Serializer.class);
        Deserializer<Object> deserializer = Utils.newInstance("com.redress.platform.serde.AvroDeserializer",
                Deserializer.class);
        serializer.configure(mockRegistry, false);
        deserializer.configure(mockRegistry, false);

        // When
        Object read = deserializer.deserialize(TOPIC, serializer.serialize(TOPIC, ProbeEvents.sample()));

        // Then
        assertThat(read).isEqualTo(ProbeEvents.sample());
    }

    @Test
    void shouldShareMockScopeBetweenSeparatelyConfiguredSerdesAndForgetItWhenDropped() {
        // Given
        byte[] bytes = AvroSerdes.specific(ProbeEvent.class, mockRegistry, false).serializer()
                .serialize(TOPIC, ProbeEvents.sample());

        // When
        ProbeEvent readInScope = AvroSerdes.specific(ProbeEvent.class, mockRegistry, false).deserializer()
                .deserialize(TOPIC, bytes);
        InMemorySchemaRegistryClient.dropScope(scope);
        Deserializer<ProbeEvent> afterDrop = AvroSerdes.specific(ProbeEvent.class, mockRegistry, false)
                .deserializer();

        // Then
        assertThat(readInScope).isEqualTo(ProbeEvents.sample());
        assertThatThrownBy(() -> afterDrop.deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not found in schema registry");
    }

    @Test
    void shouldRoundTripWithExplicitRegistryClient() {
        // Given
        InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        AvroSerde<ProbeEvent> specific = AvroSerdes.specific(ProbeEvent.class, registry, Map.of(), false);
        AvroSerde<GenericRecord> generic = AvroSerdes.generic(registry, Map.of("specific.avro.reader", "true"), false);

        // When
        byte[] bytes = specific.serializer().serialize(TOPIC, ProbeEvents.sample());
        ProbeEvent asSpecific = specific.deserializer().deserialize(TOPIC, bytes);
        GenericRecord asGeneric = generic.deserializer().deserialize(TOPIC, bytes);

        // Then
        assertThat(asSpecific).isEqualTo(ProbeEvents.sample());
        assertThat(asGeneric).isNotInstanceOf(ProbeEvent.class);
        assertThat(asGeneric.get("caseId")).hasToString("C-2026-000042");
    }
}
