package com.redress.grading.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.redress.events.grading.Category;

/**
 * A validated, versioned set of grading rules as read from a rule file; every graded event names its
 * {@link #version()}.
 *
 * @param categoryCodes the channel category codes the bank trusts, and the category each stands for
 * @param phrasesCountedPerRule at most this many distinct phrases of one category rule add to its category's score,
 *                              so a rule with many synonyms does not outvote a rule that names what went wrong
 * @param negations     negators that deny the phrases of named category and signal rules
 */
public record RuleSet(
        String version,
        Map<String, Category> categoryCodes,
        List<CategoryPhraseRule> categoryPhrases,
        int phrasesCountedPerRule,
        TierRules tiers,
        PriorityRules priority,
        RepeatRule repeat,
        List<SurgeRule> surges,
        List<UpdateRule> updates,
        List<NegationRule> negations) {

    /** Highest tier number: 4, repeat. */
    public static final int LEAST_SEVERE_TIER = 4;
    /** Tier 1, major. */
    public static final int MOST_SEVERE_TIER = 1;

    public RuleSet {
        categoryCodes = Map.copyOf(categoryCodes);
        categoryPhrases = List.copyOf(categoryPhrases);
        surges = List.copyOf(surges);
        updates = List.copyOf(updates);
        negations = List.copyOf(negations);
    }

    /** The surge rule of a category, if that category is watched for surges. */
    public Optional<SurgeRule> surgeRuleFor(Category category) {
        return surges.stream().filter(rule -> rule.category() == category).findFirst();
    }
}
