package com.redress.grading.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.redress.grading.rules.NegationRule;
import com.redress.grading.rules.RuleHit;

/**
 * Drops phrase matches that a negation rule denies ("not a scam", "不是诈骗") and says which were dropped, so a denied
 * phrase is neither evidence for its rule nor silently ignored.
 */
public final class Negations {

    /** Punctuation and conjunctions that end the reach of a negator: "not fraud, but a fee" denies only fraud. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,.;:!?，。；：！？、]|\\bbut\\b|但|可是|而是");

    private final PhraseMatcher<Negator> negators;

    public Negations(List<NegationRule> rules) {
        PhraseMatcher.Builder<Negator> builder = PhraseMatcher.builder();
        for (NegationRule rule : rules) {
            rule.negators().forEach(negator -> builder.add(negator, new Negator(rule, false)));
            // an exception is longer than the negator inside it, so the matcher drops that negator
            rule.exceptions().forEach(exception -> builder.add(exception, new Negator(rule, true)));
        }
        this.negators = builder.build();
    }

    private record Negator(NegationRule rule, boolean exception) {
    }

    /** What is left of the matches once denied phrases are dropped, and why each dropped phrase was dropped. */
    public record Screened<T>(List<PhraseMatch<T>> kept, List<RuleHit> denials) {

        public Screened {
            kept = List.copyOf(kept);
            denials = List.copyOf(denials);
        }
    }

    /**
     * @param text        the text the matches were found in
     * @param occurrences every occurrence of every phrase, in text order
     * @param ruleIdOf    the id of the rule a match's payload stands for
     * @return the first occurrence of each phrase that is not denied, in text order, and one hit per phrase whose every
     *         occurrence was denied
     */
    public <T> Screened<T> screen(String text, List<PhraseMatch<T>> occurrences, Function<T, String> ruleIdOf) {
        List<PhraseMatch<Negator>> found = negators.findEvery(text).stream()
                .filter(negator -> !negator.payload().exception()).toList();
        String normalised = found.isEmpty() ? "" : PhraseMatcher.normalise(text);
        List<PhraseMatch<T>> kept = new ArrayList<>();
        Set<List<Object>> keptPhrases = new HashSet<>();
        Map<List<Object>, RuleHit> denied = new LinkedHashMap<>();
        for (PhraseMatch<T> occurrence : occurrences) {
            List<Object> phraseKey = List.of(occurrence.payload(), occurrence.phrase());
            RuleHit denial = denial(normalised, found, occurrence, ruleIdOf.apply(occurrence.payload()));
            if (denial == null) {
                if (keptPhrases.add(phraseKey)) {
                    kept.add(occurrence);
                }
            } else {
                denied.putIfAbsent(phraseKey, denial);
            }
        }
        keptPhrases.forEach(denied::remove);
        return new Screened<>(kept, new ArrayList<>(denied.values()));
    }

    private static <T> RuleHit denial(String normalised, List<PhraseMatch<Negator>> negatorMatches,
            PhraseMatch<T> occurrence, String ruleId) {
        for (PhraseMatch<Negator> negator : negatorMatches) {
            NegationRule rule = negator.payload().rule();
            int negatorEnd = negator.position() + negator.found().length();
            int gap = occurrence.position() - negatorEnd;
            if (rule.ruleIds().contains(ruleId) && gap >= 0 && gap <= rule.window()
                    && !CLAUSE_BREAK.matcher(normalised.substring(negatorEnd, occurrence.position())).find()) {
                String span = normalised.substring(negator.position(),
                        occurrence.position() + occurrence.found().length());
                return new RuleHit(rule.id(), rule.description(), "'" + span + "' denies " + ruleId);
            }
        }
        return null;
    }
}
