package com.redress.intake.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;

import com.redress.events.common.Money;
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

    /** An amount with its ISO 4217 currency, e.g. {@code {"amount": "3200.00", "currency": "CNY"}}. */
    public record MoneyBody(BigDecimal amount, String currency) {

        Money toMoney() {
            return new Money(amount.setScale(4, RoundingMode.HALF_EVEN), currency);
        }
    }

    /** The decision of a RESOLVED update. */
    public record ResolutionBody(String outcome, String remedy, MoneyBody amountRefunded, String responsibleParty,
            String nextSteps, Boolean regulatorRecourseNotified) {
    }

    /** The extension of an EXTENSION_GRANTED update. */
    public record ExtensionBody(Integer requestedWorkingDays, String reason, String approvedBy) {
    }

    /** The request of a TIER_CHANGE_REQUESTED update. */
    public record TierChangeBody(Integer requestedTier, String reason) {
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

    private static Money money(MoneyBody body) {
        return body == null || body.amount() == null || body.currency() == null ? null : body.toMoney();
    }
}
