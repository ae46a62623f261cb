package com.redress.grading.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.redress.events.grading.Category;
import com.redress.events.intake.Channel;

/**
 * Facts that make a case severe only together, such as a large loss with mis-selling: when every condition of
 * {@code allOf} holds, the case is raised to at least {@code tier}.
 */
public record CompoundRule(String id, String description, int tier, List<Condition> allOf) {

    public CompoundRule {
        allOf = List.copyOf(allOf);
    }

    /**
     * Holds when any one of the facts it lists holds: an amount at or above the threshold of its currency (the
     * registered amount at stake or an amount written in the text), a signal rule that fired, the primary category, or
     * the channel.
     */
    public record Condition(Map<String, BigDecimal> amounts, List<String> signals, Set<Category> categories,
            Set<Channel> channels) {

        public Condition {
            amounts = Map.copyOf(amounts);
            signals = List.copyOf(signals);
            categories = Set.copyOf(categories);
            channels = Set.copyOf(channels);
        }

        /** The threshold for an ISO 4217 currency code, if the condition has one. */
        public Optional<BigDecimal> thresholdFor(String currency) {
            return Optional.ofNullable(amounts.get(currency));
        }
    }
}
