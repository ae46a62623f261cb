package com.redress.grading.tier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.redress.grading.rules.CompoundRule;
import com.redress.grading.rules.RuleHit;

/**
 * Applies compound rules: a rule fires when each of its conditions holds, and its evidence names, for each condition,
 * the fact that made it hold, so a handler sees why the facts together made the case severe.
 */
final class CompoundAssessor {

    private final List<CompoundRule> rules;

    CompoundAssessor(List<CompoundRule> rules) {
        this.rules = List.copyOf(rules);
    }

    void apply(CompoundFacts facts, TierVerdict verdict) {
        for (CompoundRule rule : rules) {
            List<String> evidence = new ArrayList<>();
            for (CompoundRule.Condition condition : rule.allOf()) {
                Optional<String> holds = whyHolds(condition, facts);
                if (holds.isEmpty()) {
                    break;
                }
                evidence.add(holds.get());
            }
            if (evidence.size() == rule.allOf().size()) {
                verdict.raiseTo(rule.tier(), new RuleHit(rule.id(), rule.description(), String.join(" + ", evidence)));
            }
        }
    }

    /** The first fact that makes the condition hold: an amount, a signal, the primary category or the channel. */
    private static Optional<String> whyHolds(CompoundRule.Condition condition, CompoundFacts facts) {
        for (CompoundFacts.StatedAmount amount : facts.amounts()) {
            Optional<BigDecimal> threshold = condition.thresholdFor(amount.currency());
            if (threshold.isPresent() && amount.value().compareTo(threshold.get()) >= 0) {
                return Optional.of(amount.source() + " " + amount.currency() + " " + amount.value().toPlainString()
                        + " >= " + threshold.get().toPlainString());
            }
        }
        for (String signal : condition.signals()) {
            if (facts.signals().containsKey(signal)) {
                return Optional.of(signal + " (" + facts.signals().get(signal) + ")");
            }
        }
        if (condition.categories().contains(facts.primary())) {
            return Optional.of("primaryCategory " + facts.primary());
        }
        if (condition.channels().contains(facts.channel())) {
            return Optional.of("channel " + facts.channel());
        }
        return Optional.empty();
    }
}
