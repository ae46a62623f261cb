package com.redress.grading.topology;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

import com.redress.contract.Topics;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.grading.IncidentDetected;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.grading.metrics.GradingMetrics;
import com.redress.grading.rules.RuleSet;
import com.redress.platform.registry.InMemorySchemaRegistryClient;
import com.redress.platform.registry.SchemaRegistryClientConfig;
import com.redress.platform.serde.AvroSerdeConfig;

/** The production grading topology in a {@link TopologyTestDriver}, with topics and metrics at hand. */
public final class GradingDriver implements AutoCloseable {

    private static final String APPLICATION_ID = "grading-service-test";

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, ComplaintRegistered> registered;
    private final TestInputTopic<String, CaseUpdate> updates;
    private final TestOutputTopic<String, ComplaintGraded> graded;
    private final TestOutputTopic<String, IncidentDetected> incidents;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final String registryScope = "grading-driver-" + UUID.randomUUID();

    public GradingDriver(RuleSet rules, Path stateDir) {
        this(rules, stateDir, CaseRetention.DEFAULT, Instant.now());
    }

    /** @param wallClock the driver's wall-clock time at start, which {@link #advanceWallClock} moves on */
    public GradingDriver(RuleSet rules, Path stateDir, CaseRetention retention, Instant wallClock) {
        GradingSerdes serdes = GradingSerdes.from(Map.of(
                SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL, SchemaRegistryClientConfig.MOCK_URL_PREFIX + registryScope,
                AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, true, AvroSerdeConfig.SPECIFIC_AVRO_READER, true));
        StreamsBuilder builder = new StreamsBuilder();
        GradingTopology.build(builder, rules, new GradingMetrics(meters), serdes, retention);
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        this.driver = new TopologyTestDriver(builder.build(), properties, wallClock);
        this.registered = driver.createInputTopic(Topics.COMPLAINTS_REGISTERED, Serdes.String().serializer(),
                serdes.registered().serializer());
        this.updates = driver.createInputTopic(Topics.COMPLAINTS_UPDATES, Serdes.String().serializer(),
                serdes.updates().serializer());
        this.graded = driver.createOutputTopic(Topics.COMPLAINTS_GRADED, Serdes.String().deserializer(),
                serdes.graded().deserializer());
        this.incidents = driver.createOutputTopic(Topics.COMPLAINTS_INCIDENTS, Serdes.String().deserializer(),
                serdes.incidents().deserializer());
    }

    public void register(ComplaintRegistered complaint) {
        registered.pipeInput(complaint.getCaseId(), complaint, complaint.getOccurredAt());
    }

    public void update(CaseUpdate update) {
        updates.pipeInput(update.getCaseId(), update, update.getOccurredAt());
    }

    /** Registers and returns the single graded event it produced. */
    public ComplaintGraded grade(ComplaintRegistered complaint) {
        register(complaint);
        List<ComplaintGraded> events = graded();
        if (events.size() != 1) {
            throw new AssertionError("Expected one graded event for " + complaint.getCaseId() + ", got " + events);
        }
        return events.get(0);
    }

    /** The graded events written since the last call. */
    public List<ComplaintGraded> graded() {
        return graded.readValuesToList();
    }

    /** The incidents written since the last call. */
    public List<IncidentDetected> incidents() {
        return incidents.readValuesToList();
    }

    /** The keys written to one of the topology's internal repartition topics since the last call. */
    public List<String> repartitionKeys(String repartitionName) {
        return driver.createOutputTopic(APPLICATION_ID + "-" + repartitionName + "-repartition",
                Serdes.String().deserializer(), Serdes.ByteArray().deserializer()).readKeyValuesToList().stream()
                .map(keyValue -> keyValue.key).toList();
    }

    /**
     * The values, as stored bytes, written since the last call to one of the topology's internal topics, named as
     * Kafka Streams names them without the application id, e.g. {@code grading-case-grades-changelog}.
     */
    public List<byte[]> internalValues(String topicSuffix) {
        return driver.createOutputTopic(APPLICATION_ID + "-" + topicSuffix, Serdes.ByteArray().deserializer(),
                Serdes.ByteArray().deserializer()).readValuesToList();
    }

    public void advanceWallClock(Duration duration) {
        driver.advanceWallClockTime(duration);
    }

    /** Whether one of the topology's key-value stores holds an entry for {@code key}. */
    public boolean storeHolds(String storeName, String key) {
        return driver.getKeyValueStore(storeName).get(key) != null;
    }

    public double counter(String name, String... tags) {
        var counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Override
    public void close() {
        driver.close();
        InMemorySchemaRegistryClient.dropScope(registryScope);
    }
}
