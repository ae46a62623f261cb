package com.redress.intake.status;

import java.time.Instant;

/**
 * Where a case stands, for a hotline agent answering "where is my complaint": its registration, the stage its latest
 * update put it in, its current grade, its latest SLA event and its latest notification. Holds no personal data.
 *
 * @param stage {@code REGISTERED} until the case-handling systems report anything, then the latest update's type
 */
public record CaseStatusView(
        String caseId,
        String caseNumber,
        String channel,
        Instant receivedAt,
        String receivedZoneId,
        String stage,
        LastUpdate lastUpdate,
        Grade grade,
        Sla sla,
        LastNotification lastNotification) {

    /** The latest update from the case-handling systems. */
    public record LastUpdate(String type, Instant occurredAt, String actor) {
    }

    /** The current grade. */
    public record Grade(int tier, int priority, String category, Instant gradedAt) {
    }

    /**
     * The latest SLA event of any of the case's clocks; a {@code deadlineProvisional} deadline was counted over dates
     * whose holidays the business calendar does not know for certain yet, and may still move.
     */
    public record Sla(String event, String clock, Instant deadline, boolean deadlineProvisional, Instant occurredAt) {
    }

    /** The latest attempt to notify the customer. */
    public record LastNotification(String status, String channel, String messageKind, Instant occurredAt) {
    }
}
