package com.redress.sla.engine;

import java.time.Instant;
import java.util.UUID;

import com.redress.contract.Topics;
import com.redress.events.sla.SlaEvent;
import com.redress.events.sla.SlaEventType;
import com.redress.sla.clock.ClockChange;

/** Turns a {@link ClockChange} into the published {@link SlaEvent}, flagging warnings and breaches emitted late. */
final class SlaEvents {

    private SlaEvents() {
    }

    /**
     * The event for {@code change} of case {@code caseId}, emitted at {@code emittedAt}; a warning or breach emitted
     * more than {@code onTimeToleranceMillis} after it occurred carries how late it is.
     */
    static SlaEvent of(String caseId, ClockChange change, long emittedAt, long onTimeToleranceMillis) {
        boolean threshold = change.type() == SlaEventType.WARNING || change.type() == SlaEventType.BREACHED;
        long lateBy = emittedAt - change.occurredAt();
        return SlaEvent.newBuilder()
                .setEventId(UUID.randomUUID())
                .setCaseId(caseId)
                .setOccurredAt(Instant.ofEpochMilli(change.occurredAt()))
                .setSource(Topics.SLA_SERVICE)
                .setType(change.type())
                .setClockKind(change.kind())
                .setClockId(caseId + ":" + change.kind().name())
                .setTier(change.tier())
                .setPolicyId(change.policyId())
                .setCalendarId(change.calendarId())
                .setDeadline(Instant.ofEpochMilli(change.deadline()))
                .setTargetDescription(change.targetDescription())
                .setElapsedBusinessMillis(change.elapsedBusinessMillis())
                .setWarningFraction(change.warningFraction())
                .setLateByMillis(threshold && lateBy > onTimeToleranceMillis ? lateBy : null)
                .setEscalationTarget(change.escalationTarget())
                .setDeadlineProvisional(change.deadlineProvisional())
                .setCalendarVersion(change.calendarVersion())
                .setPreviousDeadline(change.previousDeadline() == null ? null
                        : Instant.ofEpochMilli(change.previousDeadline()))
                .build();
    }
}
