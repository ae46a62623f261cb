package com.redress.intake.updates;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A case-handling system's update to a case, before validation; any field may be {@code null}. Numbers come as they
 * were written, so that validation, not the JSON reader, decides what a fraction or an out-of-range value means.
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
        MoneyCommand newLoss) {

    @Override
    public String toString() {
        return "CaseUpdateCommand[updateType=" + updateType + "]";
    }

    /** An amount and its currency as written, e.g. {@code 3200.00} and {@code CNY}. */
    public record MoneyCommand(BigDecimal amount, String currency) {
    }

    /** The decision of a RESOLVED update. */
    public record ResolutionCommand(String outcome, String remedy, MoneyCommand amountRefunded,
            String responsibleParty, String nextSteps, Boolean regulatorRecourseNotified) {
    }

    /** The extension of an EXTENSION_GRANTED update. */
    public record ExtensionCommand(BigDecimal requestedWorkingDays, String reason, String approvedBy) {
    }

    /** The request of a TIER_CHANGE_REQUESTED update. */
    public record TierChangeCommand(BigDecimal requestedTier, String reason) {
    }
}
