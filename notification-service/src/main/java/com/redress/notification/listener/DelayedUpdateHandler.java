package com.redress.notification.listener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.redress.events.intake.CaseUpdate;
import com.redress.events.notification.MessageKind;
import com.redress.notification.cases.CaseDirectory;
import com.redress.notification.cases.CaseView;
import com.redress.notification.rules.DelayedMessage;
import com.redress.notification.rules.NotificationPlanner;
import com.redress.notification.rules.Trigger;
import com.redress.notification.survey.SurveyInvitations;

/** A case update read again by the delayed-messages listener: send its delayed message once it is due. */
class DelayedUpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(DelayedUpdateHandler.class);

    private final CaseDirectory cases;
    private final NotificationPlanner planner;
    private final EventNotifier notifier;
    private final SurveyInvitations surveys;
    private final Clock clock;

    DelayedUpdateHandler(CaseDirectory cases, NotificationPlanner planner, EventNotifier notifier,
            SurveyInvitations surveys, Clock clock) {
        this.cases = cases;
        this.planner = planner;
        this.notifier = notifier;
        this.surveys = surveys;
        this.clock = clock;
    }

    /**
     * Sends the update's delayed message if it is due.
     *
     * @return how long until it is due, when it is not yet; empty when it was handled (or there is none)
     */
    Optional<Duration> handle(CaseUpdate update) {
        Optional<DelayedMessage> delayed = planner.planDelayed(Trigger.of(update.getUpdateType()));
        if (delayed.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant due = delayed.get().dueAfter(update.getOccurredAt());
        if (now.isBefore(due)) {
            return Optional.of(Duration.between(now, due));
        }
        MessageKind kind = delayed.get().message().kind();
        if (kind == MessageKind.SURVEY && surveys.expired(update.getOccurredAt())) {
            log.info("Not sending the survey of case {}: its link would already have expired", update.getCaseId());
            return Optional.empty();
        }
        CaseView caseView = cases.find(update.getCaseId())
                .orElseThrow(() -> new CaseNotKnownException(update.getCaseId()));
        Map<String, Object> details = kind == MessageKind.SURVEY
                ? surveys.linkValues(update.getCaseId(), update.getEventId().toString(), update.getOccurredAt(),
                        caseView.zone())
                : Map.of();
        notifier.notify(caseView, update.getEventId().toString(), List.of(delayed.get().message()), details);
        return Optional.empty();
    }
}
