package com.redress.notification.planning;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.redress.events.notification.MessageKind;

/**
 * A message the rules called for on a case, and where it stands: waiting for its time, requested from the senders,
 * held back by quiet hours, sent or given up.
 *
 * @param kind              the message kind
 * @param triggeringEventId the event that called for it
 * @param triggeredAt       when that event occurred
 * @param staffRoles        the staff roles addressed; empty for a customer message
 * @param tier              the tier it was planned on, or {@code null} while ungraded
 * @param templateValues    the template values of the triggering event
 * @param status            where it stands
 * @param dueKey            its entry in the due index while it waits, else {@code null}
 */
record PlannedRequest(MessageKind kind, String triggeringEventId, Instant triggeredAt, List<String> staffRoles,
        Integer tier, Map<String, Object> templateValues, Status status, String dueKey) {

    /** Where a planned message stands. */
    enum Status {
        /** Due later (a delayed message); its due-index entry requests it. */
        SCHEDULED,
        /** Requested from the senders. */
        REQUESTED,
        /** Quiet hours held it back; its due-index entry requests it again when they end. */
        HELD_BACK,
        /** Sent on some channel: never requested again. */
        SENT,
        /** Failed on every channel; a replay of its dead letter is the way to send it. */
        FAILED,
        /** Not requested: due before the planning's start instant, or a survey whose link had expired. */
        NOT_REQUESTED
    }

    PlannedRequest {
        staffRoles = List.copyOf(staffRoles);
        templateValues = Map.copyOf(templateValues);
    }

    boolean toStaff() {
        return !staffRoles.isEmpty();
    }

    PlannedRequest with(Status newStatus, String newDueKey) {
        return new PlannedRequest(kind, triggeringEventId, triggeredAt, staffRoles, tier, templateValues, newStatus,
                newDueKey);
    }
}
