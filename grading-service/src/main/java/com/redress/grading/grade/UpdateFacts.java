package com.redress.grading.grade;

import java.math.BigDecimal;

import com.redress.events.intake.CaseUpdateType;

/**
 * What grading needs to know of a case update.
 *
 * @param occurredAt        when the update happened, epoch milliseconds
 * @param note              the handler's redacted note, or {@code null}
 * @param newLossAmount     an additional loss reported, or {@code null}
 * @param newLossCurrency   currency of {@code newLossAmount}, or {@code null}
 * @param requestedTier     the tier a handler asked for, or {@code null}
 * @param tierChangeReason  why the handler asked for it, or {@code null}
 */
public record UpdateFacts(
        String eventId,
        CaseUpdateType type,
        long occurredAt,
        String note,
        BigDecimal newLossAmount,
        String newLossCurrency,
        Integer requestedTier,
        String tierChangeReason) {
}
