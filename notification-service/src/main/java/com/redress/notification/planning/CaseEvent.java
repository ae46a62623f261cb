package com.redress.notification.planning;

import java.time.Instant;

import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.intake.Resolution;
import com.redress.events.intake.ResolutionOutcome;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationStatus;
import com.redress.events.sla.ClockKind;
import com.redress.events.sla.SlaEvent;
import com.redress.events.sla.SlaEventType;
import com.redress.events.survey.SurveyResponse;
import com.redress.notification.template.ModelValues;

/**
 * One input of the planning in the form its state keeps: what of a registration, grade, case update, SLA event,
 * outcome or survey answer matters to notifications. An update or SLA event read before its case's registration waits
 * in this form in the case's state.
 *
 * @param type         which input it came from
 * @param eventId      the input event's id
 * @param occurredAt   when the input event occurred
 * @param registration the registration's facts (registrations only)
 * @param tier         the grade's tier, or the tier an SLA event's deadline was computed for
 * @param update       the update's details (updates only)
 * @param sla          the SLA event's details (SLA events only)
 * @param outcome      the outcome's details (outcomes only)
 * @param surveyId     the survey answered (survey answers only)
 */
record CaseEvent(Type type, String eventId, Instant occurredAt, CaseFacts registration, Integer tier,
        UpdateFacts update, SlaFacts sla, OutcomeFacts outcome, String surveyId) {

    /** The input topic an event came from. */
    enum Type { REGISTERED, GRADED, UPDATE, SLA, OUTCOME, SURVEY_ANSWERED }

    static CaseEvent of(ComplaintRegistered registered) {
        return new CaseEvent(Type.REGISTERED, registered.getEventId().toString(), registered.getOccurredAt(),
                CaseFacts.of(registered), null, null, null, null, null);
    }

    static CaseEvent of(ComplaintGraded graded) {
        return new CaseEvent(Type.GRADED, graded.getEventId().toString(), graded.getOccurredAt(), null,
                graded.getTier(), null, null, null, null);
    }

    static CaseEvent of(CaseUpdate update) {
        Resolution resolution = update.getResolution();
        return new CaseEvent(Type.UPDATE, update.getEventId().toString(), update.getOccurredAt(), null, null,
                new UpdateFacts(update.getUpdateType(), update.getNote(), resolution == null ? null
                        : new ResolutionFacts(resolution.getOutcome(), resolution.getRemedy(),
                                ModelValues.money(resolution.getAmountRefunded()), resolution.getResponsibleParty(),
                                resolution.getNextSteps(), resolution.getRegulatorRecourseNotified())),
                null, null, null);
    }

    static CaseEvent of(SlaEvent event) {
        return new CaseEvent(Type.SLA, event.getEventId().toString(), event.getOccurredAt(), null, event.getTier(),
                null, new SlaFacts(event.getType(), event.getClockKind(), event.getTargetDescription(),
                        event.getDeadline(), event.getWarningFraction(), event.getEscalationTarget()),
                null, null);
    }

    static CaseEvent of(NotificationOutcome outcome) {
        return new CaseEvent(Type.OUTCOME, outcome.getEventId().toString(), outcome.getOccurredAt(), null, null, null,
                null, new OutcomeFacts(outcome.getDeliveryKey(), outcome.getStatus()), null);
    }

    static CaseEvent of(SurveyResponse response) {
        return new CaseEvent(Type.SURVEY_ANSWERED, response.getEventId().toString(), response.getOccurredAt(), null,
                null, null, null, null, response.getSurveyId());
    }

    /** What a case update says that messages may quote; free text as redacted by intake. */
    record UpdateFacts(CaseUpdateType updateType, String note, ResolutionFacts resolution) {
    }

    /** A resolution's decision, with the refund already formatted. */
    record ResolutionFacts(ResolutionOutcome outcome, String remedy, String amountRefunded, String responsibleParty,
            String nextSteps, boolean regulatorRecourseNotified) {
    }

    /** What an SLA event tells the staff escalation. */
    record SlaFacts(SlaEventType type, ClockKind clockKind, String targetDescription, Instant deadline,
            Double warningFraction, String escalationTarget) {
    }

    /** Which message an outcome reports on, and how it went. */
    record OutcomeFacts(String deliveryKey, NotificationStatus status) {

        private static final char SEPARATOR = ':';

        /** The message regardless of channel: the delivery key without its last part, the channel. */
        String messageKey() {
            int lastSeparator = deliveryKey.lastIndexOf(SEPARATOR);
            return lastSeparator < 0 ? deliveryKey : deliveryKey.substring(0, lastSeparator);
        }
    }
}
