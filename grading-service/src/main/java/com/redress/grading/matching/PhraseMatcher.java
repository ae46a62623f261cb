package com.redress.grading.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Finds many phrases in one pass over a text with an Aho-Corasick automaton, for Chinese and English alike.
 *
 * <p>Matching ignores case and character width (full-width {@code １２３７８} matches {@code 12378}) and treats any run
 * of whitespace as one space. Chinese has no spaces, so a phrase in Han script matches anywhere; a phrase that starts
 * or ends with a Latin letter or digit matches whole words only, so {@code fee} does not match {@code coffee}. A phrase
 * found inside a longer phrase does not count.
 *
 * @param <T> what each phrase stands for
 */
public final class PhraseMatcher<T> {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final PayloadTrie<List<Entry<T>>> trie;
    private final boolean empty;

    private PhraseMatcher(Map<String, List<Entry<T>>> entriesByKey) {
        PayloadTrie.PayloadTrieBuilder<List<Entry<T>>> builder = PayloadTrie.builder();
        entriesByKey.forEach(builder::addKeyword);
        this.trie = builder.build();
        this.empty = entriesByKey.isEmpty();
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Width-folds, lower-cases and collapses whitespace, as matching does. */
    public static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return WHITESPACE.matcher(folded).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Every distinct (phrase, payload) pair found in {@code text}, at its first occurrence, in text order. A match that
     * lies within a longer match is dropped, since the longer phrase is the more specific evidence: {@code 冻结} inside
     * {@code 被冻结} counts once, and {@code investment} inside {@code investment scam} does not count at all.
     */
    public List<PhraseMatch<T>> findAll(String text) {
        List<PhraseMatch<T>> matches = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (PhraseMatch<T> match : findEvery(text)) {
            if (seen.add(List.of(match.payload(), match.phrase()))) {
                matches.add(match);
            }
        }
        return List.copyOf(matches);
    }

    /** Like {@link #findAll(String)}, but every occurrence of each phrase, in text order. */
    public List<PhraseMatch<T>> findEvery(String text) {
        if (empty || text == null || text.isEmpty()) {
            return List.of();
        }
        String normalised = normalise(text);
        List<Occurrence<T>> occurrences = new ArrayList<>();
        for (PayloadEmit<List<Entry<T>>> emit : trie.parseText(normalised)) {
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            if (atWordBoundaries(normalised, start, end)) {
                emit.getPayload().forEach(entry -> occurrences.add(new Occurrence<>(entry, start, end)));
            }
        }
        occurrences.sort(Comparator.comparingInt(Occurrence<T>::start));
        List<PhraseMatch<T>> matches = new ArrayList<>();
        for (Occurrence<T> occurrence : occurrences) {
            if (!containedInLonger(occurrence, occurrences)) {
                matches.add(new PhraseMatch<>(occurrence.entry().payload(), occurrence.entry().phrase(),
                        normalised.substring(occurrence.start(), occurrence.end()), occurrence.start()));
            }
        }
        return List.copyOf(matches);
    }

    private static <T> boolean containedInLonger(Occurrence<T> candidate, List<Occurrence<T>> occurrences) {
        for (Occurrence<T> other : occurrences) {
            boolean longer = other.end() - other.start() > candidate.end() - candidate.start();
            if (longer && other.start() <= candidate.start() && candidate.end() <= other.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean atWordBoundaries(String text, int start, int end) {
        boolean startsWithWordChar = isLatinWordChar(text.codePointAt(start));
        boolean endsWithWordChar = isLatinWordChar(text.codePointBefore(end));
        boolean clearBefore = !startsWithWordChar || start == 0 || !isLatinWordChar(text.codePointBefore(start));
        boolean clearAfter = !endsWithWordChar || end == text.length() || !isLatinWordChar(text.codePointAt(end));
        return clearBefore && clearAfter;
    }

    private static boolean isLatinWordChar(int codePoint) {
        if (Character.isDigit(codePoint)) {
            return true;
        }
        return Character.isLetter(codePoint) && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
    }

    private record Entry<T>(T payload, String phrase) {
    }

    private record Occurrence<T>(Entry<T> entry, int start, int end) {
    }

    /** Collects phrases and their payloads; a phrase may stand for several payloads. */
    public static final class Builder<T> {

        private final Map<String, List<Entry<T>>> entriesByKey = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder<T> add(String phrase, T payload) {
            String key = normalise(phrase);
            if (key.isEmpty()) {
                throw new IllegalArgumentException("A phrase must not be blank");
            }
            entriesByKey.computeIfAbsent(key, ignored -> new ArrayList<>()).add(new Entry<>(payload, phrase));
            return this;
        }

        public PhraseMatcher<T> build() {
            Map<String, List<Entry<T>>> frozen = new LinkedHashMap<>();
            entriesByKey.forEach((key, entries) -> frozen.put(key, List.copyOf(entries)));
            return new PhraseMatcher<>(frozen);
        }
    }
}
