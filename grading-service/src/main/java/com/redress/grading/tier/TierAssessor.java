package com.redress.grading.tier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.redress.events.grading.Category;
import com.redress.events.intake.Channel;
import com.redress.events.intake.CustomerSegment;
import com.redress.grading.matching.AmountsInText;
import com.redress.grading.matching.Negations;
import com.redress.grading.matching.PhraseMatch;
import com.redress.grading.matching.PatternMatcher;
import com.redress.grading.matching.PhraseMatcher;
import com.redress.grading.rules.AmountRule;
import com.redress.grading.rules.CategoryTierRule;
import com.redress.grading.rules.ChannelRule;
import com.redress.grading.rules.PriorityRules;
import com.redress.grading.rules.RuleHit;
import com.redress.grading.rules.RuleSet;
import com.redress.grading.rules.SignalRule;
import com.redress.grading.rules.TierRules;

/**
 * Applies the tier rules of a rule set (category, amount at stake per currency, text signals, channel, compounds of
 * these) and the segment priorities to a {@link TierVerdict}.
 */
public final class TierAssessor {

    /** Id of the rule that applies when no tier rule fires. */
    public static final String DEFAULT_TIER_RULE = "tier.default";

    private final TierRules tiers;
    private final PriorityRules priority;
    private final PhraseMatcher<SignalRule> signals;
    private final PatternMatcher<SignalRule> signalPatterns;
    private final PhraseMatcher<SignalRule> facts;
    private final PatternMatcher<SignalRule> factPatterns;
    private final Negations negations;
    private final CompoundAssessor compounds;

    public TierAssessor(RuleSet rules) {
        this.tiers = rules.tiers();
        this.priority = rules.priority();
        PhraseMatcher.Builder<SignalRule> builder = PhraseMatcher.builder();
        PatternMatcher.Builder<SignalRule> patternBuilder = PatternMatcher.builder();
        // facts are matched apart, so that a fact's phrase never hides a signal's shorter phrase inside it, nor the
        // other way round: adding an ingredient of a compound rule must not change what the signals find
        PhraseMatcher.Builder<SignalRule> factBuilder = PhraseMatcher.builder();
        PatternMatcher.Builder<SignalRule> factPatternBuilder = PatternMatcher.builder();
        for (SignalRule rule : tiers.signals()) {
            rule.phrases().forEach(phrase -> (rule.factOnly() ? factBuilder : builder).add(phrase, rule));
            rule.patterns().forEach(pattern -> (rule.factOnly() ? factPatternBuilder : patternBuilder)
                    .add(pattern, rule));
        }
        this.signals = builder.build();
        this.signalPatterns = patternBuilder.build();
        this.facts = factBuilder.build();
        this.factPatterns = factPatternBuilder.build();
        this.negations = new Negations(rules.negations());
        this.compounds = new CompoundAssessor(tiers.compounds());
    }

    /** A verdict at the default tier with the segment's priority, before any tier rule. */
    public TierVerdict start(CustomerSegment segment) {
        TierVerdict verdict = new TierVerdict(tiers.defaultTier(), priority.priorityOf(segment));
        verdict.record(new RuleHit(priority.id(), "Priority within the tier from the customer segment",
                "segment " + segment + " -> priority " + priority.priorityOf(segment)));
        return verdict;
    }

    /** Every tier rule on a newly registered complaint. */
    public TierVerdict assess(Category primary, Channel channel, BigDecimal amount, String currency, String text,
            CustomerSegment segment) {
        TierVerdict verdict = start(segment);
        byCategory(primary, verdict);
        byAmount(amount, currency, "amountAtStake", verdict);
        Map<String, String> signalsFound = bySignals(text, verdict);
        byChannel(channel, verdict);
        compounds.apply(new CompoundFacts(primary, channel, amountsStated(amount, currency, text), signalsFound),
                verdict);
        if (!verdict.tierRaised()) {
            verdict.record(new RuleHit(DEFAULT_TIER_RULE, "No tier rule raised the case above the default tier",
                    "default tier " + tiers.defaultTier()));
        }
        return verdict;
    }

    public void byCategory(Category primary, TierVerdict verdict) {
        for (CategoryTierRule rule : tiers.categories()) {
            if (rule.category() == primary) {
                verdict.raiseTo(rule.tier(), new RuleHit(rule.id(), rule.description(), "primaryCategory " + primary));
            }
        }
    }

    /**
     * @param label how the amount is named in the evidence, e.g. {@code amountAtStake}
     */
    public void byAmount(BigDecimal amount, String currency, String label, TierVerdict verdict) {
        if (amount == null || currency == null) {
            return;
        }
        for (AmountRule rule : tiers.amounts()) {
            rule.thresholdFor(currency).filter(threshold -> amount.compareTo(threshold) >= 0).ifPresent(threshold ->
                    verdict.raiseTo(rule.tier(), new RuleHit(rule.id(), rule.description(),
                            label + " " + currency + " " + amount.toPlainString() + " >= "
                                    + threshold.toPlainString())));
        }
    }

    /**
     * Applies the signal rules found in {@code text}; a fact-only rule that is found is returned but not recorded,
     * since it decides nothing on its own.
     *
     * @return the id of every signal rule found and not denied, with the text found, in file order
     */
    public Map<String, String> bySignals(String text, TierVerdict verdict) {
        List<PhraseMatch<SignalRule>> matches = new ArrayList<>(signals.findEvery(text));
        matches.addAll(signalPatterns.findAll(text));
        matches.addAll(facts.findEvery(text));
        matches.addAll(factPatterns.findAll(text));
        matches.sort(Comparator.comparingInt(PhraseMatch::position));
        Negations.Screened<SignalRule> screened = negations.screen(text, matches, SignalRule::id);
        Map<SignalRule, List<String>> foundByRule = new LinkedHashMap<>();
        for (PhraseMatch<SignalRule> match : screened.kept()) {
            foundByRule.computeIfAbsent(match.payload(), ignored -> new ArrayList<>()).add(match.found());
        }
        Map<String, String> found = new LinkedHashMap<>();
        // rules in file order, so the explanation does not depend on where in the text each signal appears
        for (SignalRule rule : tiers.signals()) {
            List<String> ruleFound = foundByRule.get(rule);
            if (ruleFound != null) {
                String evidence = ruleFound.stream().distinct().collect(Collectors.joining(", "));
                found.put(rule.id(), evidence);
                if (!rule.factOnly()) {
                    verdict.apply(rule.tier(), rule.priority(), new RuleHit(rule.id(), rule.description(), evidence));
                }
            }
        }
        screened.denials().forEach(verdict::record);
        return found;
    }

    private static List<CompoundFacts.StatedAmount> amountsStated(BigDecimal amount, String currency, String text) {
        List<CompoundFacts.StatedAmount> amounts = new ArrayList<>();
        if (amount != null && currency != null) {
            amounts.add(new CompoundFacts.StatedAmount(amount, currency, "amountAtStake"));
        }
        for (AmountsInText.WrittenAmount written : AmountsInText.find(text)) {
            amounts.add(new CompoundFacts.StatedAmount(written.value(), written.currency(),
                    "'" + written.written() + "' in the text:"));
        }
        return amounts;
    }

    public void byChannel(Channel channel, TierVerdict verdict) {
        for (ChannelRule rule : tiers.channels()) {
            if (rule.channel() == channel) {
                verdict.raiseTo(rule.tier(), new RuleHit(rule.id(), rule.description(), "channel " + channel));
            }
        }
    }
}
