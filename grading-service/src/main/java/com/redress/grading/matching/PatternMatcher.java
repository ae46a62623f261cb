package com.redress.grading.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds regular-expression patterns in a text normalised as {@link PhraseMatcher} does, for what a fixed phrase
 * cannot say (an age such as {@code 78岁} or {@code aged 84}). Slower than the phrase automaton: one scan per pattern.
 *
 * @param <T> what each pattern stands for
 */
public final class PatternMatcher<T> {

    private final List<Entry<T>> entries;

    private PatternMatcher(List<Entry<T>> entries) {
        this.entries = List.copyOf(entries);
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** The first match of every pattern found in {@code text}, in text order. */
    public List<PhraseMatch<T>> findAll(String text) {
        if (entries.isEmpty() || text == null || text.isEmpty()) {
            return List.of();
        }
        String normalised = PhraseMatcher.normalise(text);
        List<PhraseMatch<T>> matches = new ArrayList<>();
        for (Entry<T> entry : entries) {
            Matcher matcher = entry.pattern().matcher(normalised);
            if (matcher.find()) {
                matches.add(new PhraseMatch<>(entry.payload(), entry.pattern().pattern(), matcher.group(),
                        matcher.start()));
            }
        }
        matches.sort(Comparator.comparingInt(PhraseMatch::position));
        return List.copyOf(matches);
    }

    private record Entry<T>(T payload, Pattern pattern) {
    }

    /** Collects patterns and their payloads. */
    public static final class Builder<T> {

        private final List<Entry<T>> entries = new ArrayList<>();

        private Builder() {
        }

        /** @param pattern a pattern already compiled, e.g. by the rule-file validation */
        public Builder<T> add(Pattern pattern, T payload) {
            entries.add(new Entry<>(payload, pattern));
            return this;
        }

        public PatternMatcher<T> build() {
            return new PatternMatcher<>(entries);
        }
    }
}
