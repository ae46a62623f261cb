package com.redress.notification.listener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.redress.events.common.NotificationChannel;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.notification.MessageKind;
import com.redress.notification.cases.CaseView;
import com.redress.notification.delivery.DeliveryKey;
import com.redress.notification.delivery.DeliveryLedger;
import com.redress.notification.rules.DelayedMessage;
import com.redress.notification.rules.NotificationPlanner;
import com.redress.notification.rules.PlannedMessage;
import com.redress.notification.rules.Trigger;
import com.redress.notification.survey.SurveyInvitations;

/**
 * A case update read again by the delayed-messages listener: send its delayed message once it is due, and its
 * messages that quiet hours held back once they are over.
 */
class DelayedUpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(DelayedUpdateHandler.class);

    private final KnownCases cases;
    private final NotificationPlanner planner;
    private final EventNotifier notifier;
    private final SurveyInvitations surveys;
    private final UpdateTemplateValues templateValues;
    private final HeldBackMessages heldBack;
    private final MainListenerProgress mainListener;
    private final DeliveryLedger ledger;
    private final Duration handOverPause;
    private final Clock clock;

    DelayedUpdateHandler(KnownCases cases, NotificationPlanner planner, EventNotifier notifier,
            SurveyInvitations surveys, HeldBackMessages heldBack, MainListenerProgress mainListener,
            DeliveryLedger ledger, Duration handOverPause, Clock clock) {
        this.cases = cases;
        this.planner = planner;
        this.notifier = notifier;
        this.surveys = surveys;
        this.templateValues = new UpdateTemplateValues(surveys);
        this.heldBack = heldBack;
        this.mainListener = mainListener;
        this.ledger = ledger;
        this.handOverPause = handOverPause;
        this.clock = clock;
    }

    /**
     * Sends what of the update's messages is due and was not sent yet.
     *
     * @return how long until the next of them is due; empty when none is left
     */
    Optional<Duration> handle(CaseUpdate update, TopicPartition partition, long offset) {
        Optional<Duration> heldBackImmediate = immediateMessages(update, partition, offset);
        Optional<Duration> delayed = delayedMessage(update);
        return Stream.concat(heldBackImmediate.stream(), delayed.stream()).min(Duration::compareTo);
    }

    private Optional<Duration> immediateMessages(CaseUpdate update, TopicPartition partition, long offset) {
        Integer knownTier = cases.known(update.getCaseId()).map(CaseView::tier).orElse(null);
        List<PlannedMessage> toCustomer = planner.plan(Trigger.of(update.getUpdateType()), knownTier).stream()
                .filter(message -> !message.toStaff())
                .toList();
        if (toCustomer.isEmpty()) {
            return Optional.empty();
        }
        if (!mainListener.hasPassed(partition, offset)) {
            // only once the main listener committed the update are its outcomes all on the outcomes topic
            return Optional.of(handOverPause);
        }
        // the main listener needs the case to address a message, so with no case nothing can have been held back
        return cases.find(update.getCaseId()).flatMap(caseView -> heldBack.sendDue(caseView,
                update.getEventId().toString(), toCustomer, templateValues.of(update, caseView, toCustomer)));
    }

    private Optional<Duration> delayedMessage(CaseUpdate update) {
        Optional<DelayedMessage> delayed = planner.planDelayed(Trigger.of(update.getUpdateType()));
        if (delayed.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant due = delayed.get().dueAfter(update.getOccurredAt());
        if (now.isBefore(due)) {
            return Optional.of(Duration.between(now, due));
        }
        PlannedMessage message = delayed.get().message();
        if (message.kind() == MessageKind.SURVEY && surveys.expired(update.getOccurredAt())) {
            log.info("Not sending the survey of case {}: its link would already have expired", update.getCaseId());
            return Optional.empty();
        }
        CaseView caseView = cases.require(update.getCaseId());
        String eventId = update.getEventId().toString();
        Map<String, Object> details = message.kind() == MessageKind.SURVEY
                ? surveys.linkValues(update.getCaseId(), eventId, update.getOccurredAt(), caseView.zone())
                : Map.of();
        DeliveryKey key = new DeliveryKey(update.getCaseId(), eventId, message.kind(), NotificationChannel.UNKNOWN);
        if (ledger.sentOn(key).isEmpty() && ledger.heldBackSince(key).isEmpty()) {
            notifier.notify(caseView, eventId, List.of(message), details);
        }
        return heldBack.sendDue(caseView, eventId, List.of(message), details);
    }
}
