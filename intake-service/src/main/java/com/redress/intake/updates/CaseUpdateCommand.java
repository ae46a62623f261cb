package com.redress.intake.updates;

import java.time.Instant;

import com.redress.events.common.Money;

/**
 * A case-handling system's update to a case, before validation; any field may be {@code null}.
 *
 * @param idempotencyKey   the client's {@code Idempotency-Key}; a retry with the same key yields the same event id
 * @param updateType       a {@code CaseUpdateType} symbol, e.g. RESOLVED
 * @param occurredAt       when it happened; now when absent
 * @param actor            staff or system id
 * @param note             handler's note, redacted before publishing
 * @param resolution       for RESOLVED
 * @param extension        for EXTENSION_GRANTED
 * @param tierChange       for TIER_CHANGE_REQUESTED
 * @param newLoss          for NEW_LOSS_REPORTED
 */
public record CaseUpdateCommand(
        String idempotencyKey,
        String updateType,
        Instant occurredAt,
        String actor,
        String note,
        ResolutionCommand resolution,
        ExtensionCommand extension,
        TierChangeCommand tierChange,
        Money newLoss) {

    @Override
    public String toString() {
        return "CaseUpdateCommand[updateType=" + updateType + "]";
    }

    /** The decision of a RESOLVED update. */
    public record ResolutionCommand(String outcome, String remedy, Money amountRefunded, String responsibleParty,
            String nextSteps, Boolean regulatorRecourseNotified) {
    }

    /** The extension of an EXTENSION_GRANTED update. */
    public record ExtensionCommand(Integer requestedWorkingDays, String reason, String approvedBy) {
    }

    /** The request of a TIER_CHANGE_REQUESTED update. */
    public record TierChangeCommand(Integer requestedTier, String reason) {
    }
}
