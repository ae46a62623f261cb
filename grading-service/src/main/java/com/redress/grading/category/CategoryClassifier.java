package com.redress.grading.category;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.redress.events.grading.Category;
import com.redress.grading.matching.Negations;
import com.redress.grading.matching.PhraseMatch;
import com.redress.grading.matching.PatternMatcher;
import com.redress.grading.matching.PhraseMatcher;
import com.redress.grading.rules.CategoryPhraseRule;
import com.redress.grading.rules.RuleHit;
import com.redress.grading.rules.RuleSet;

/**
 * Decides a complaint's primary and secondary categories: from the channel's category code when the rule set trusts
 * that code, otherwise from the phrases and patterns of the category rules found in the text.
 *
 * <p>Each distinct phrase or pattern found adds its rule's weight to the category's score, counting at most the rule
 * set's phrases per rule; the highest score is the primary category and ties go to the category mentioned first,
 * since complainants tend to lead with their main grievance.
 * A phrase that a negation rule denies ("not a scam") scores nothing and is listed as denied.
 */
public final class CategoryClassifier {

    /** Id of the rule that takes the category from a trusted channel category code. */
    public static final String CHANNEL_CODE_RULE = "category.channel-code";
    /** Id of the rule that applies when no category rule fires. */
    public static final String FALLBACK_RULE = "category.fallback";

    private final Map<String, Category> trustedCodes;
    private final PhraseMatcher<CategoryPhraseRule> matcher;
    private final PatternMatcher<CategoryPhraseRule> patterns;
    private final Negations negations;
    private final int phrasesCountedPerRule;

    public CategoryClassifier(RuleSet rules) {
        this.trustedCodes = rules.categoryCodes();
        PhraseMatcher.Builder<CategoryPhraseRule> builder = PhraseMatcher.builder();
        PatternMatcher.Builder<CategoryPhraseRule> patternBuilder = PatternMatcher.builder();
        for (CategoryPhraseRule rule : rules.categoryPhrases()) {
            rule.phrases().forEach(phrase -> builder.add(phrase, rule));
            rule.patterns().forEach(pattern -> patternBuilder.add(pattern, rule));
        }
        this.matcher = builder.build();
        this.patterns = patternBuilder.build();
        this.negations = new Negations(rules.negations());
        this.phrasesCountedPerRule = rules.phrasesCountedPerRule();
    }

    public Classification classify(String text, String channelCategoryCode) {
        Map<CategoryPhraseRule, List<PhraseMatch<CategoryPhraseRule>>> matchesByRule = new LinkedHashMap<>();
        List<PhraseMatch<CategoryPhraseRule>> found = new ArrayList<>(matcher.findEvery(text));
        found.addAll(patterns.findAll(text));
        found.sort(Comparator.comparingInt(PhraseMatch::position));
        Negations.Screened<CategoryPhraseRule> screened = negations.screen(text, found, CategoryPhraseRule::id);
        for (PhraseMatch<CategoryPhraseRule> match : screened.kept()) {
            matchesByRule.computeIfAbsent(match.payload(), ignored -> new ArrayList<>()).add(match);
        }
        List<Category> ranked = rank(matchesByRule);
        Category coded = channelCategoryCode == null ? null : trustedCodes.get(channelCategoryCode.strip());

        List<RuleHit> hits = new ArrayList<>();
        Category primary;
        if (coded != null) {
            primary = coded;
            hits.add(new RuleHit(CHANNEL_CODE_RULE, "Category from a channel category code the bank trusts",
                    "channelCategoryCode " + channelCategoryCode.strip() + " -> " + coded));
        } else if (!ranked.isEmpty()) {
            primary = ranked.get(0);
        } else {
            primary = Category.OTHER;
            hits.add(new RuleHit(FALLBACK_RULE, "No category rule fired", "no category phrase found"));
        }
        List<Category> secondary = ranked.stream().filter(category -> category != primary).toList();
        matchesByRule.forEach((rule, matches) -> hits.add(new RuleHit(rule.id(), rule.description(),
                matches.stream().map(PhraseMatch::found).distinct().collect(Collectors.joining(", ")))));
        hits.addAll(screened.denials());
        return new Classification(primary, secondary, hits);
    }

    private List<Category> rank(Map<CategoryPhraseRule, List<PhraseMatch<CategoryPhraseRule>>> matchesByRule) {
        Map<Category, Integer> scores = new EnumMap<>(Category.class);
        Map<Category, Integer> firstPositions = new EnumMap<>(Category.class);
        matchesByRule.forEach((rule, matches) -> {
            scores.merge(rule.category(), rule.weight() * Math.min(matches.size(), phrasesCountedPerRule),
                    Integer::sum);
            int first = matches.stream().mapToInt(PhraseMatch::position).min().orElse(Integer.MAX_VALUE);
            firstPositions.merge(rule.category(), first, Math::min);
        });
        return scores.keySet().stream()
                .sorted(Comparator.<Category>comparingInt(scores::get).reversed()
                        .thenComparingInt(firstPositions::get))
                .toList();
    }
}
