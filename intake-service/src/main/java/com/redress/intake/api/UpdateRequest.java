package com.redress.intake.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import com.redress.intake.updates.CaseUpdateCommand;

/** The JSON body of {@code POST /api/v1/complaints/{caseId}/updates}. */
public record UpdateRequest(
        String updateType,
        OffsetDateTime occurredAt,
        String actor,
        String note,
        ResolutionBody resolution,
        ExtensionBody extension,
        TierChangeBody tierChange,
        MoneyBody newLoss) {

    /**
     * An amount with its ISO 4217 currency, e.g. {@code {"amount": "3200.00", "currency": "CNY"}}; intake checks it
     * against the contract's decimal(20,4), so it is taken as written, not rounded here.
     */
    public record MoneyBody(BigDecimal amount, String currency) {
    }

    /** The decision of a RESOLVED update. */
    public record ResolutionBody(String outcome, String remedy, MoneyBody amountRefunded, String responsibleParty,
            String nextSteps, Boolean regulatorRecourseNotified) {
    }

    /**
     * The extension of an EXTENSION_GRANTED update. The days are read as a decimal, so that 1.5 is refused as no whole
     * number instead of being truncated to 1 by the JSON reader.
     */
    public record ExtensionBody(BigDecimal requestedWorkingDays, String reason, String approvedBy) {
    }

    /** The request of a TIER_CHANGE_REQUESTED update; the tier is read as a decimal for the same reason. */
    public record TierChangeBody(BigDecimal requestedTier, String reason) {
    }

    @Override
    public String toString() {
        return "UpdateRequest[updateType=" + updateType + "]";
    }

    CaseUpdateCommand toCommand(String idempotencyKey) {
        return new CaseUpdateCommand(
                idempotencyKey,
                updateType,
                occurredAt == null ? null : occurredAt.toInstant(),
                actor,
                note,
                resolution == null ? null : new CaseUpdateCommand.ResolutionCommand(resolution.outcome(),
                        resolution.remedy(), money(resolution.amountRefunded()), resolution.responsibleParty(),
                        resolution.nextSteps(), resolution.regulatorRecourseNotified()),
                extension == null ? null : new CaseUpdateCommand.ExtensionCommand(extension.requestedWorkingDays(),
                        extension.reason(), extension.approvedBy()),
                tierChange == null ? null : new CaseUpdateCommand.TierChangeCommand(tierChange.requestedTier(),
                        tierChange.reason()),
                money(newLoss));
    }

    private static CaseUpdateCommand.MoneyCommand money(MoneyBody body) {
        return body == null ? null : new CaseUpdateCommand.MoneyCommand(body.amount(), body.currency());
    }
}
