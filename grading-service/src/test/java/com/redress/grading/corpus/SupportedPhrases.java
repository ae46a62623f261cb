package com.redress.grading.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.redress.grading.matching.PhraseMatch;
import com.redress.grading.matching.PhraseMatcher;
import com.redress.grading.rules.CategoryPhraseRule;
import com.redress.grading.rules.RuleSet;
import com.redress.grading.rules.SignalRule;
import com.redress.grading.rules.TierRules;

/**
 * Cuts a rule set down to the phrases that occur in a corpus. Graded with the cut-down rules, the sealed batch shows
 * how much of its score rests on phrases the tuning corpus never contained, i.e. on vocabulary that may have been
 * written with the sealed batch in mind rather than learnt from the tuning corpus.
 */
final class SupportedPhrases {

    private SupportedPhrases() {
    }

    static RuleSet keepOnlyPhrasesFoundIn(RuleSet rules, List<LabelledComplaint> corpus) {
        Set<String> found = phrasesFound(rules, corpus);
        List<CategoryPhraseRule> categories = rules.categoryPhrases().stream()
                .map(rule -> new CategoryPhraseRule(rule.id(), rule.description(), rule.category(), rule.weight(),
                        rule.phrases().stream().filter(found::contains).toList(), rule.patterns()))
                .toList();
        TierRules tiers = rules.tiers();
        List<SignalRule> signals = tiers.signals().stream()
                .map(rule -> new SignalRule(rule.id(), rule.description(), rule.tier(), rule.priority(),
                        rule.phrases().stream().filter(found::contains).toList(), rule.patterns()))
                .toList();
        return new RuleSet(rules.version() + "-tuning-supported", rules.categoryCodes(), categories,
                rules.phrasesCountedPerRule(),
                new TierRules(tiers.defaultTier(), tiers.categories(), tiers.amounts(), signals, tiers.channels()),
                rules.priority(), rules.repeat(), rules.surges(), rules.updates(), rules.negations());
    }

    private static Set<String> phrasesFound(RuleSet rules, List<LabelledComplaint> corpus) {
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder();
        rules.categoryPhrases().forEach(rule -> rule.phrases().forEach(phrase -> builder.add(phrase, phrase)));
        rules.tiers().signals().forEach(rule -> rule.phrases().forEach(phrase -> builder.add(phrase, phrase)));
        PhraseMatcher<String> matcher = builder.build();
        Set<String> found = new HashSet<>();
        for (LabelledComplaint complaint : corpus) {
            matcher.findEvery(complaint.text()).stream().map(PhraseMatch::payload).forEach(found::add);
        }
        return found;
    }
}
