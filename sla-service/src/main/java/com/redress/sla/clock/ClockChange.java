package com.redress.sla.clock;

import com.redress.events.sla.ClockKind;
import com.redress.events.sla.SlaEventType;

/**
 * Something that happened to one clock and must be published: what, when it happened, and the clock's figures at that
 * moment. {@code warningFraction} is set for warnings only, {@code escalationTarget} for warnings and breaches,
 * {@code previousDeadline} for re-plans whose earlier deadline is known.
 */
public record ClockChange(SlaEventType type, ClockKind kind, int tier, String policyId, String calendarId,
        int calendarVersion, long occurredAt, long deadline, boolean deadlineProvisional, Long previousDeadline,
        String targetDescription, long elapsedBusinessMillis, Double warningFraction, String escalationTarget,
        long plannedAt) {
}
