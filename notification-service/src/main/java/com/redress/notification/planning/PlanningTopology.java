package com.redress.notification.planning;

import java.time.Clock;
import java.util.Set;

import com.redress.contract.Topics;
import com.redress.events.notification.NotificationRequested;
import com.redress.notification.rules.NotificationPlanner;
import com.redress.platform.streams.JsonStateSerdes;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notification planning's Kafka Streams topology: every event of a case that bears on its messages — registration,
 * grade, updates, SLA events, and the service's own outcomes and survey answers — meets in one planning processor,
 * keyed by case id, which writes one {@link NotificationRequested} per message to send to
 * {@code notifications.requested}.
 */
public final class PlanningTopology {

    /** Name of the per-case planning state store. */
    public static final String CASE_STORE = "notification-cases";
    /** Name of the due-time index of delayed and held-back messages and of case expiries. */
    public static final String DUE_INDEX_STORE = "notification-due-index";

    private static final JsonMapper STATE_JSON = JsonMapper.builder()
            .changeDefaultVisibility(visibility -> visibility
                    .withVisibility(PropertyAccessor.ALL, Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                    .withVisibility(PropertyAccessor.CREATOR, Visibility.ANY))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private PlanningTopology() {
    }

    /**
     * Adds the topology to {@code builder}; the serdes are passed in so tests run exactly this wiring.
     *
     * @param source the producing service named in each request
     * @param clock  what is due is judged by this clock; the tick itself runs on wall-clock time
     */
    public static void build(StreamsBuilder builder, PlanningSerdes serdes, NotificationPlanner planner,
            PlanningSettings settings, String source, Clock clock) {
        // Every input is keyed by case id and co-partitioned, so merging keeps all events of a case in one task.
        KStream<String, CaseEvent> registered = builder
                .stream(Topics.COMPLAINTS_REGISTERED, Consumed.with(Serdes.String(), serdes.registered())
                        .withName("registered-source"))
                .mapValues(CaseEvent::of, Named.as("registered-as-case-event"));
        KStream<String, CaseEvent> graded = builder
                .stream(Topics.COMPLAINTS_GRADED, Consumed.with(Serdes.String(), serdes.graded())
                        .withName("graded-source"))
                .mapValues(CaseEvent::of, Named.as("graded-as-case-event"));
        KStream<String, CaseEvent> updates = builder
                .stream(Topics.COMPLAINTS_UPDATES, Consumed.with(Serdes.String(), serdes.updates())
                        .withName("updates-source"))
                .mapValues(CaseEvent::of, Named.as("update-as-case-event"));
        KStream<String, CaseEvent> slaEvents = builder
                .stream(Topics.SLA_EVENTS, Consumed.with(Serdes.String(), serdes.slaEvents())
                        .withName("sla-events-source"))
                .mapValues(CaseEvent::of, Named.as("sla-event-as-case-event"));
        // the senders' outcomes tell what was sent and what quiet hours held back
        KStream<String, CaseEvent> outcomes = builder
                .stream(Topics.NOTIFICATIONS_OUTCOMES, Consumed.with(Serdes.String(), serdes.outcomes())
                        .withName("outcomes-source"))
                .mapValues(CaseEvent::of, Named.as("outcome-as-case-event"));
        // answered surveys, for the survey endpoint's one-answer check
        KStream<String, CaseEvent> answers = builder
                .stream(Topics.SURVEYS_RESPONSES, Consumed.with(Serdes.String(), serdes.surveyResponses())
                        .withName("survey-responses-source"))
                .mapValues(CaseEvent::of, Named.as("survey-answer-as-case-event"));

        registered.merge(graded, Named.as("merge-graded"))
                .merge(updates, Named.as("merge-updates"))
                .merge(slaEvents, Named.as("merge-sla-events"))
                .merge(outcomes, Named.as("merge-outcomes"))
                .merge(answers, Named.as("merge-survey-answers"))
                .process(new PlanningProcessorSupplier(planner, settings, new NotificationRequests(source), clock),
                        Named.as("plan-notifications"))
                .to(Topics.NOTIFICATIONS_REQUESTED, Produced.with(Serdes.String(), serdes.requested())
                        .withName("requested-sink"));
    }

    /** The serde of the per-case state in its store and changelog: JSON that only this service reads. */
    static Serde<CaseState> caseStateSerde() {
        return JsonStateSerdes.of(CaseState.class, STATE_JSON);
    }

    /** Supplies the planning processor together with the stores it owns. */
    private record PlanningProcessorSupplier(NotificationPlanner planner, PlanningSettings settings,
            NotificationRequests requests, Clock clock)
            implements ProcessorSupplier<String, CaseEvent, String, NotificationRequested> {

        @Override
        public Processor<String, CaseEvent, String, NotificationRequested> get() {
            return new PlanningProcessor(planner, settings, requests, clock);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            StoreBuilder<?> cases = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CASE_STORE),
                    Serdes.String(), caseStateSerde());
            StoreBuilder<?> dueIndex = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DUE_INDEX_STORE),
                    Serdes.String(), Serdes.String());
            return Set.of(cases, dueIndex);
        }
    }
}
