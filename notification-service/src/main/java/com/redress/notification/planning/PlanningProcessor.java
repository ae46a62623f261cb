package com.redress.notification.planning;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.redress.events.intake.CaseUpdateType;
import com.redress.events.notification.MessageKind;
import com.redress.events.notification.NotificationRequested;
import com.redress.events.notification.NotificationStatus;
import com.redress.notification.planning.CaseEvent.OutcomeFacts;
import com.redress.notification.planning.PlannedRequest.Status;
import com.redress.notification.rules.DelayedMessage;
import com.redress.notification.rules.NotificationPlanner;
import com.redress.notification.rules.PlannedMessage;
import com.redress.notification.rules.StaffRole;
import com.redress.notification.rules.Trigger;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans the messages of the cases of one task: applies each case's events to its state, requests the messages the
 * rules call for when they are due, and each wall-clock tick requests the delayed and held-back messages that fell
 * due and forgets the cases whose retention ran out.
 *
 * <p>State, index and requests are written in one Kafka transaction under exactly-once, so a message is requested
 * once per decision: a held-back message is requested again only after an outcome says quiet hours held it back.
 */
final class PlanningProcessor implements Processor<String, CaseEvent, String, NotificationRequested> {

    private static final Logger log = LoggerFactory.getLogger(PlanningProcessor.class);
    private static final String SURVEY_ID_PREFIX = "survey-";

    private final NotificationPlanner planner;
    private final PlanningSettings settings;
    private final NotificationRequests requests;
    private final Clock clock;

    private ProcessorContext<String, NotificationRequested> context;
    private KeyValueStore<String, CaseState> cases;
    private KeyValueStore<String, String> dueIndex;

    PlanningProcessor(NotificationPlanner planner, PlanningSettings settings, NotificationRequests requests,
            Clock clock) {
        this.planner = planner;
        this.settings = settings;
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, NotificationRequested> context) {
        this.context = context;
        this.cases = context.getStateStore(PlanningTopology.CASE_STORE);
        this.dueIndex = context.getStateStore(PlanningTopology.DUE_INDEX_STORE);
        // the tick runs on wall-clock time; what is due is judged by the service's clock, which tests can move
        context.schedule(settings.tick(), PunctuationType.WALL_CLOCK_TIME, wallClockTime -> tick(clock.millis()));
    }

    @Override
    public void process(Record<String, CaseEvent> record) {
        String caseId = record.key();
        CaseEvent event = record.value();
        if (caseId == null || event == null) {
            log.warn("Skipped a record without a case id key or value");
            return;
        }
        long now = clock.millis();
        CaseState stored = cases.get(caseId);
        CaseState state = stored == null ? new CaseState(caseId) : stored;
        apply(state, event, now);
        if (state.facts().isEmpty() && state.expiryKey() == null) {
            // a case whose registration never comes must not be kept for ever either
            expireAt(state, now + settings.closedCaseRetention().toMillis());
        }
        cases.put(caseId, state);
    }

    private void apply(CaseState state, CaseEvent event, long now) {
        switch (event.type()) {
            case REGISTERED -> register(state, event, now);
            case GRADED -> state.grade(event.tier());
            case UPDATE, SLA -> {
                if (state.facts().isPresent()) {
                    plan(state, event, now);
                } else {
                    state.awaitRegistration(event, settings.maxWaitingEvents()).ifPresent(dropped -> log.warn(
                            "Case {} has more than {} events waiting for its registration; dropped the oldest, {}",
                            state.caseId(), settings.maxWaitingEvents(), dropped.eventId()));
                }
            }
            case OUTCOME -> onOutcome(state, event.outcome(), event.occurredAt());
            case SURVEY_ANSWERED -> state.answer(event.surveyId());
        }
    }

    private void register(CaseState state, CaseEvent event, long now) {
        if (state.facts().isPresent()) {
            return;
        }
        state.register(event.registration());
        if (state.closedAt().isEmpty()) {
            cancelExpiry(state);
        }
        plan(state, event, now);
        for (CaseEvent waiting : state.takeWaitingEvents()) {
            plan(state, waiting, now);
        }
    }

    /** Plans the messages of a registration, update or SLA event of a registered case. */
    private void plan(CaseState state, CaseEvent event, long now) {
        ZoneId zone = ZoneId.of(state.facts().orElseThrow().zoneId());
        switch (event.type()) {
            case REGISTERED -> planAll(state, event, planner.plan(Trigger.registered(), state.tier()),
                    state.tier(), Map.of(), now);
            case UPDATE -> {
                CaseUpdateType type = event.update().updateType();
                followLifecycle(state, type, event.occurredAt());
                Map<String, Object> values = TemplateValues.of(event.update(), event.occurredAt(), zone);
                planAll(state, event, planner.plan(Trigger.of(type), state.tier()), state.tier(), values, now);
                Optional<DelayedMessage> delayed = planner.planDelayed(Trigger.of(type));
                delayed.ifPresent(message -> planOne(state, event, message.message(), state.tier(), values,
                        message.dueAfter(event.occurredAt()).toEpochMilli(), false, now));
            }
            case SLA -> {
                // the SLA event carries the tier its deadline was computed for, the freshest tier there is
                int tier = event.tier();
                planAll(state, event, planner.plan(Trigger.of(event.sla().type()), tier), tier,
                        TemplateValues.of(event.sla(), tier, zone), now);
            }
            default -> throw new IllegalArgumentException("Not a trigger of messages: " + event.type());
        }
    }

    private void planAll(CaseState state, CaseEvent event, List<PlannedMessage> planned, Integer tier,
            Map<String, Object> values, long now) {
        for (PlannedMessage message : planned) {
            // at once, even when the event's time is a little ahead of this instance's clock
            planOne(state, event, message, tier, values, event.occurredAt().toEpochMilli(), true, now);
        }
    }

    /** Requests the message now when it is due, else indexes it for when it is; a message is planned once. */
    private void planOne(CaseState state, CaseEvent event, PlannedMessage message, Integer tier,
            Map<String, Object> values, long dueAt, boolean immediate, long now) {
        String messageKey = messageKey(state.caseId(), event.eventId(), message.kind());
        if (state.message(messageKey).isPresent()) {
            return;
        }
        PlannedRequest planned = new PlannedRequest(message.kind(), event.eventId(), event.occurredAt(),
                message.staffRoles().stream().map(StaffRole::name).toList(), tier, values, Status.SCHEDULED, null);
        if (immediate || dueAt <= now) {
            request(state, messageKey, planned, dueAt, now, false);
        } else {
            String dueKey = DueIndex.key(dueAt, state.caseId(), messageKey);
            dueIndex.put(dueKey, "");
            state.put(messageKey, planned.with(Status.SCHEDULED, dueKey));
        }
    }

    /** Sends the request of a message due at {@code dueAt}, unless it was due before the start or is an expired survey. */
    private void request(CaseState state, String messageKey, PlannedRequest message, long dueAt, long now,
            boolean afterQuietHours) {
        if (settings.requestsFrom().map(start -> dueAt < start.toEpochMilli()).orElse(false)) {
            state.put(messageKey, message.with(Status.NOT_REQUESTED, null));
            return;
        }
        if (message.kind() == MessageKind.SURVEY && !Instant.ofEpochMilli(now)
                .isBefore(message.triggeredAt().plus(settings.surveyValidity()))) {
            log.info("Not requesting the survey of case {}: its link would already have expired", state.caseId());
            state.put(messageKey, message.with(Status.NOT_REQUESTED, null));
            return;
        }
        if (message.kind() == MessageKind.SURVEY
                && state.answered(SURVEY_ID_PREFIX + message.triggeringEventId())) {
            state.put(messageKey, message.with(Status.NOT_REQUESTED, null));
            return;
        }
        NotificationRequested request = requests.of(state.caseId(), messageKey, state.facts().orElseThrow(), message,
                Instant.ofEpochMilli(now), afterQuietHours);
        // the record time is the wall clock's: the broker refuses times far from its own, and tests move the service's clock
        context.forward(new Record<>(state.caseId(), request, context.currentSystemTimeMs()));
        state.put(messageKey, message.with(Status.REQUESTED, null));
    }

    /** A closed case is forgotten after its retention; a reopened one is kept again. */
    private void followLifecycle(CaseState state, CaseUpdateType type, Instant occurredAt) {
        if (type == CaseUpdateType.CLOSED) {
            state.close(occurredAt);
            expireAt(state, occurredAt.plus(settings.closedCaseRetention()).toEpochMilli());
        } else if (type == CaseUpdateType.REOPENED) {
            state.reopen();
            cancelExpiry(state);
        }
    }

    private void onOutcome(CaseState state, OutcomeFacts outcome, Instant occurredAt) {
        String messageKey = outcome.messageKey();
        Optional<PlannedRequest> known = state.message(messageKey);
        if (known.isEmpty() || known.get().status() == Status.SENT) {
            return;
        }
        PlannedRequest message = known.get();
        NotificationStatus status = outcome.status();
        if (status == NotificationStatus.SENT) {
            cancelDue(message);
            state.put(messageKey, message.with(Status.SENT, null));
        } else if (status == NotificationStatus.FAILED && message.status() != Status.HELD_BACK) {
            state.put(messageKey, message.with(Status.FAILED, null));
        } else if (status == NotificationStatus.SUPPRESSED_QUIET_HOURS && state.facts().isPresent()) {
            // due again at the first end of the quiet hours after it was held back, in the case's zone
            long releaseAt = settings.quietHours().endAfter(occurredAt, ZoneId.of(state.facts().get().zoneId()))
                    .toEpochMilli();
            cancelDue(message);
            String dueKey = DueIndex.key(releaseAt, state.caseId(), messageKey);
            dueIndex.put(dueKey, "");
            state.put(messageKey, message.with(Status.HELD_BACK, dueKey));
        }
    }

    private void tick(long now) {
        List<String> dueKeys = new ArrayList<>();
        try (KeyValueIterator<String, String> due = dueIndex.range(DueIndex.first(), DueIndex.lastDueAt(now))) {
            while (due.hasNext() && dueKeys.size() < settings.maxDuePerTick()) {
                dueKeys.add(due.next().key);
            }
        }
        for (String dueKey : dueKeys) {
            dueIndex.delete(dueKey);
            String caseId = DueIndex.caseIdOf(dueKey);
            CaseState state = cases.get(caseId);
            if (state == null) {
                continue;
            }
            String what = DueIndex.whatOf(dueKey);
            if (what.equals(DueIndex.EXPIRY)) {
                forget(state);
                continue;
            }
            state.message(what).filter(message -> dueKey.equals(message.dueKey())).ifPresent(message ->
                    request(state, what, message, DueIndex.dueAtOf(dueKey), now,
                            message.status() == Status.HELD_BACK));
            cases.put(caseId, state);
        }
        if (dueKeys.size() == settings.maxDuePerTick()) {
            log.warn("More than {} entries were due at one tick; the rest follow on the next ticks",
                    settings.maxDuePerTick());
        }
    }

    private void forget(CaseState state) {
        state.messages().values().forEach(this::cancelDue);
        cases.delete(state.caseId());
        log.debug("Forgot case {}: its retention ran out", state.caseId());
    }

    private void expireAt(CaseState state, long expiresAt) {
        cancelExpiry(state);
        String key = DueIndex.key(expiresAt, state.caseId(), DueIndex.EXPIRY);
        dueIndex.put(key, "");
        state.expireBy(key);
    }

    private void cancelExpiry(CaseState state) {
        if (state.expiryKey() != null) {
            dueIndex.delete(state.expiryKey());
            state.expireBy(null);
        }
    }

    private void cancelDue(PlannedRequest message) {
        if (message.dueKey() != null) {
            dueIndex.delete(message.dueKey());
        }
    }

    /** {@code <caseId>:<eventId>:<KIND>}, the delivery key without its channel. */
    static String messageKey(String caseId, String eventId, MessageKind kind) {
        return caseId + ':' + eventId + ':' + kind.name();
    }
}
