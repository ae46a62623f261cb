package com.redress.grading.rules;

import java.util.Objects;

/**
 * A rule that fired for a case, with the evidence that made it fire (a phrase found in the text, a threshold crossed).
 *
 * @param ruleId      the rule's id in the rule file, e.g. {@code tier.signal.media}
 * @param description what the rule means, from the rule file
 * @param evidence    what matched, e.g. {@code 曝光} or {@code amountAtStake CNY 800000.0000 >= 500000}
 */
public record RuleHit(String ruleId, String description, String evidence) {

    public RuleHit {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(evidence, "evidence");
    }
}
