package com.redress.grading.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * An amount at stake at or above the threshold of its currency raises the case to at least {@code tier}; currencies
 * without a threshold are not judged by this rule.
 */
public record AmountRule(String id, String description, int tier, Map<String, BigDecimal> thresholds) {

    public AmountRule {
        thresholds = Map.copyOf(thresholds);
    }

    /** The threshold for an ISO 4217 currency code, if the rule has one. */
    public Optional<BigDecimal> thresholdFor(String currency) {
        return Optional.ofNullable(thresholds.get(currency));
    }
}
