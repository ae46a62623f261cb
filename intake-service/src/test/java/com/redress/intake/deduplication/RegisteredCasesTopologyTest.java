package com.redress.intake.deduplication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.redress.contract.Topics;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.intake.registration.Registrations;
import com.redress.platform.registry.InMemorySchemaRegistryClient;
import com.redress.platform.serde.AvroSerdes;

class RegisteredCasesTopologyTest {

    @TempDir
    Path stateDir;

    @Test
    void shouldMakeEveryRegisteredCaseFindableByCaseId() {
        // Given the topology over an in-memory registry
        InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        Map<String, Object> serdeConfig = Map.of("schema.registry.url", "mock://unused", "auto.register.schemas", true,
                "specific.avro.reader", true);
        Serde<ComplaintRegistered> serde = AvroSerdes.specific(ComplaintRegistered.class, registry, serdeConfig,
                false);
        StreamsBuilder builder = new StreamsBuilder();
        RegisteredCasesTopology.build(builder, serde);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "registered-cases-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());

        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), config)) {
            TestInputTopic<String, ComplaintRegistered> registered = driver.createInputTopic(
                    Topics.COMPLAINTS_REGISTERED, new StringSerializer(), serde.serializer());
            ComplaintRegistered registration = Registrations.sample("8a7f3c52-2b1e-5d6f-9a0b-1c2d3e4f5a6b");

            // When intake's registration appears on the topic
            registered.pipeInput(registration.getCaseId(), registration);

            // Then the global store answers by case id, and only for that case
            KeyValueStore<String, ValueAndTimestamp<ComplaintRegistered>> store =
                    driver.getTimestampedKeyValueStore(RegisteredCasesTopology.REGISTERED_CASES_STORE);
            assertThat(store.get(registration.getCaseId()).value()).isEqualTo(registration);
            assertThat(store.get("00000000-0000-5000-8000-000000000000")).isNull();
        }
    }
}
