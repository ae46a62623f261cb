package com.redress.notification.planning;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.redress.contract.Topics;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationRequested;
import com.redress.events.sla.SlaEvent;
import com.redress.events.survey.SurveyResponse;
import com.redress.notification.rules.NotificationPlanner;
import com.redress.notification.rules.NotificationRules;
import com.redress.platform.registry.InMemorySchemaRegistryClient;
import com.redress.platform.serde.AvroSerdeConfig;
import com.redress.platform.serde.AvroSerdes;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The production planning topology in a {@link TopologyTestDriver} whose wall clock the test moves: inputs are piped
 * at the current wall-clock time, and {@link #advanceTo(Instant)} moves the clock, running the punctuator.
 */
final class PlanningDriver implements AutoCloseable {

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, ComplaintRegistered> registered;
    private final TestInputTopic<String, ComplaintGraded> graded;
    private final TestInputTopic<String, CaseUpdate> updates;
    private final TestInputTopic<String, SlaEvent> slaEvents;
    private final TestInputTopic<String, NotificationOutcome> outcomes;
    private final TestInputTopic<String, SurveyResponse> surveyResponses;
    private final TestOutputTopic<String, NotificationRequested> requested;
    private Instant now;

    PlanningDriver(NotificationRules rules, PlanningSettings settings, Instant start, Path stateDir) {
        Map<String, Object> serdeConfig = Map.of(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, true,
                AvroSerdeConfig.SPECIFIC_AVRO_READER, true);
        PlanningSerdes serdes = new PlanningSerdes(
                AvroSerdes.specific(ComplaintRegistered.class, registry, serdeConfig, false),
                AvroSerdes.specific(ComplaintGraded.class, registry, serdeConfig, false),
                AvroSerdes.specific(CaseUpdate.class, registry, serdeConfig, false),
                AvroSerdes.specific(SlaEvent.class, registry, serdeConfig, false),
                AvroSerdes.specific(NotificationOutcome.class, registry, serdeConfig, false),
                AvroSerdes.specific(SurveyResponse.class, registry, serdeConfig, false),
                AvroSerdes.specific(NotificationRequested.class, registry, serdeConfig, false));
        this.now = start;
        StreamsBuilder builder = new StreamsBuilder();
        // the planning's clock follows the driver's wall clock
        Clock drivenClock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        PlanningTopology.build(builder, serdes, new NotificationPlanner(rules), settings, "notification-service",
                drivenClock);
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "notification-service-test");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        this.driver = new TopologyTestDriver(builder.build(), properties, start);
        this.registered = driver.createInputTopic(Topics.COMPLAINTS_REGISTERED, Serdes.String().serializer(),
                serdes.registered().serializer());
        this.graded = driver.createInputTopic(Topics.COMPLAINTS_GRADED, Serdes.String().serializer(),
                serdes.graded().serializer());
        this.updates = driver.createInputTopic(Topics.COMPLAINTS_UPDATES, Serdes.String().serializer(),
                serdes.updates().serializer());
        this.slaEvents = driver.createInputTopic(Topics.SLA_EVENTS, Serdes.String().serializer(),
                serdes.slaEvents().serializer());
        this.outcomes = driver.createInputTopic(Topics.NOTIFICATIONS_OUTCOMES, Serdes.String().serializer(),
                serdes.outcomes().serializer());
        this.surveyResponses = driver.createInputTopic(Topics.SURVEYS_RESPONSES, Serdes.String().serializer(),
                serdes.surveyResponses().serializer());
        this.requested = driver.createOutputTopic(Topics.NOTIFICATIONS_REQUESTED, Serdes.String().deserializer(),
                serdes.requested().deserializer());
    }

    void pipe(ComplaintRegistered event) {
        registered.pipeInput(event.getCaseId(), event, now);
    }

    void pipe(ComplaintGraded event) {
        graded.pipeInput(event.getCaseId(), event, now);
    }

    void pipe(CaseUpdate event) {
        updates.pipeInput(event.getCaseId(), event, now);
    }

    void pipe(SlaEvent event) {
        slaEvents.pipeInput(event.getCaseId(), event, now);
    }

    void pipe(NotificationOutcome event) {
        outcomes.pipeInput(event.getCaseId(), event, now);
    }

    void pipe(SurveyResponse event) {
        surveyResponses.pipeInput(event.getCaseId(), event, now);
    }

    /** Moves the wall clock to {@code instant} in one step, as the punctuator would see after a pause. */
    void advanceTo(Instant instant) {
        Duration step = Duration.between(now, instant);
        now = instant;
        driver.advanceWallClockTime(step);
    }

    Instant now() {
        return now;
    }

    /** The requests written since the last call. */
    List<NotificationRequested> requests() {
        return requested.readValuesToList();
    }

    KeyValueStore<String, CaseState> cases() {
        return driver.getKeyValueStore(PlanningTopology.CASE_STORE);
    }

    @Override
    public void close() {
        driver.close();
    }
}
