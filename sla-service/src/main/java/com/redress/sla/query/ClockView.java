package com.redress.sla.query;

import java.time.Instant;
import java.util.List;

/**
 * One clock of a case as the query API shows it; {@code deadline} of a paused clock assumes it resumes now, and is
 * {@code deadlineProvisional} when counted over dates the calendar does not know for certain.
 */
public record ClockView(String caseId, String kind, String status, int tier, String policyId, String calendarId,
        int calendarVersion, Instant startedAt, Instant deadline, boolean deadlineProvisional, String target,
        long elapsedBusinessMillis, List<Double> warningsRaised) {
}
