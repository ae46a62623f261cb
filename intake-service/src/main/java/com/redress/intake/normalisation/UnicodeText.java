package com.redress.intake.normalisation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Brings text from any channel to one Unicode form: NFKC, which also folds full-width forms to half-width. */
public final class UnicodeText {

    private static final Pattern CARRIAGE_RETURN = Pattern.compile("\\r\\n?");
    // control characters but line feed and tab, and surrogates without their pair (what is left of broken UTF-16)
    private static final Pattern INVISIBLE_DEBRIS = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|\\p{Cs}");
    private static final Pattern HORIZONTAL_SPACE_RUN = Pattern.compile("[\\h&&[^\\n]]+");
    private static final Pattern KEY_SEPARATORS = Pattern.compile("[\\s_\\-./]+");

    private UnicodeText() {
    }

    /**
     * NFKC-normalised text with runs of horizontal white space collapsed to one space and the ends trimmed; line breaks
     * are kept because they carry meaning in letters and transcripts, as {@code \n}. Control characters and unpaired
     * surrogates are dropped: they carry no meaning and could steer a terminal or break an encoder downstream.
     * {@code null} stays {@code null}.
     */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = INVISIBLE_DEBRIS.matcher(CARRIAGE_RETURN.matcher(text).replaceAll("\n")).replaceAll("");
        String folded = Normalizer.normalize(cleaned, Normalizer.Form.NFKC);
        return HORIZONTAL_SPACE_RUN.matcher(folded).replaceAll(" ").strip();
    }

    /** {@link #normalise(String)}, then {@code null} for blank text. */
    public static String normaliseToNull(String text) {
        String normalised = normalise(text);
        return normalised == null || normalised.isEmpty() ? null : normalised;
    }

    /** A lookup key: normalised, lower-cased, with separators ({@code - _ . /} and spaces) collapsed to one space. */
    public static String aliasKey(String text) {
        String normalised = normalise(text);
        if (normalised == null) {
            return "";
        }
        return KEY_SEPARATORS.matcher(normalised.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
