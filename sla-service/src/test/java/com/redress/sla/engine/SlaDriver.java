package com.redress.sla.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.redress.contract.Topics;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.sla.SlaEvent;
import com.redress.platform.registry.InMemorySchemaRegistryClient;
import com.redress.platform.serde.AvroSerdeConfig;
import com.redress.platform.registry.SchemaRegistryClientConfig;
import com.redress.sla.calendar.Calendars;
import com.redress.sla.calendar.CurrentCalendars;
import com.redress.sla.clock.ClockEngine;
import com.redress.sla.clock.CurrentClockEngine;
import com.redress.sla.policy.PolicyPack;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The production topology in a {@link TopologyTestDriver} whose wall clock the test moves: inputs are piped with the
 * wall-clock time as record time, and {@link #advanceTo(Instant)} moves the clock in one step, as an outage would.
 */
final class SlaDriver implements AutoCloseable {

    private static final String APPLICATION_ID = "sla-service-test";

    private final String registryScope = "sla-driver-" + UUID.randomUUID();
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, ComplaintRegistered> registered;
    private final TestInputTopic<String, ComplaintGraded> graded;
    private final TestInputTopic<String, CaseUpdate> updates;
    private final TestOutputTopic<String, SlaEvent> slaEvents;
    private Instant now;

    SlaDriver(PolicyPack pack, Instant start, SlaMetrics metrics, Path stateDir) {
        this(pack, new CurrentCalendars(Calendars.catalog()), start, metrics, stateDir);
    }

    /** A driver on {@code calendars}, which the test may replace while the topology runs. */
    SlaDriver(PolicyPack pack, CurrentCalendars calendars, Instant start, SlaMetrics metrics, Path stateDir) {
        this(pack, calendars, start, metrics, SlaEngineSettings.defaults(), stateDir);
    }

    SlaDriver(PolicyPack pack, CurrentCalendars calendars, Instant start, SlaMetrics metrics,
            SlaEngineSettings settings, Path stateDir) {
        SlaSerdes serdes = SlaSerdes.from(Map.of(SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL,
                SchemaRegistryClientConfig.MOCK_URL_PREFIX + registryScope,
                AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, true, AvroSerdeConfig.SPECIFIC_AVRO_READER, true));
        CurrentClockEngine engine = new CurrentClockEngine(
                new ClockEngine(pack, calendars.catalog(), metrics::extensionRejected), calendars);
        StreamsBuilder builder = new StreamsBuilder();
        SlaTopology.build(builder, serdes, engine, metrics, settings);
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        this.now = start;
        this.driver = new TopologyTestDriver(builder.build(), properties, start);
        this.registered = driver.createInputTopic(Topics.COMPLAINTS_REGISTERED, Serdes.String().serializer(),
                serdes.registered().serializer());
        this.graded = driver.createInputTopic(Topics.COMPLAINTS_GRADED, Serdes.String().serializer(),
                serdes.graded().serializer());
        this.updates = driver.createInputTopic(Topics.COMPLAINTS_UPDATES, Serdes.String().serializer(),
                serdes.updates().serializer());
        this.slaEvents = driver.createOutputTopic(Topics.SLA_EVENTS, Serdes.String().deserializer(),
                serdes.slaEvents().deserializer());
    }

    void send(ComplaintRegistered event) {
        registered.pipeInput(event.getCaseId(), event, now);
    }

    void send(ComplaintGraded event) {
        graded.pipeInput(event.getCaseId(), event, now);
    }

    void send(CaseUpdate event) {
        updates.pipeInput(event.getCaseId(), event, now);
    }

    /** Moves the wall clock to {@code instant} in one step; the punctuator runs once, at the end. */
    void advanceTo(Instant instant) {
        driver.advanceWallClockTime(Duration.between(now, instant));
        now = instant;
    }

    Instant now() {
        return now;
    }

    /** The values, as stored bytes, written since the last call to the changelog of one of the topology's stores. */
    List<byte[]> changelogValues(String store) {
        return driver.createOutputTopic(APPLICATION_ID + "-" + store + "-changelog", Serdes.ByteArray().deserializer(),
                Serdes.ByteArray().deserializer()).readValuesToList();
    }

    List<SlaEvent> published() {
        return slaEvents.readValuesToList();
    }

    @Override
    public void close() {
        driver.close();
        InMemorySchemaRegistryClient.dropScope(registryScope);
    }
}
