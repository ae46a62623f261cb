package com.redress.intake.normalisation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Brings text from any channel to one Unicode form: NFKC, which also folds full-width forms to half-width. */
public final class UnicodeText {

    private static final Pattern CARRIAGE_RETURN = Pattern.compile("\\r\\n?");
    // control characters but line feed and tab, and surrogates without their pair (what is left of broken UTF-16)
    private static final Pattern INVISIBLE_DEBRIS = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|\\p{Cs}");
    private static final Pattern HORIZONTAL_SPACE_RUN = Pattern.compile("[\\h&&[^\\n]]+");
    private static final Pattern KEY_SEPARATORS = Pattern.compile("[\\s_\\-./]+");
    // letters and symbols that render as nothing: Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), the Khmer
    // inherent vowels (U+17B4, U+17B5) and the blank Braille pattern (U+2800)
    private static final Set<Integer> BLANK_LOOKING = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x17B4, 0x17B5, 0x2800);

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

    /**
     * {@link #normalise(String)}, then {@code null} for text without a visible character: blank, or nothing but
     * format characters (zero-width spaces and joiners, bidirectional controls, the byte-order mark), combining marks
     * with nothing to combine with, and blank-looking letters such as the Hangul fillers. Such text says nothing, so a
     * required field holding it is missing.
     */
    public static String normaliseToNull(String text) {
        String normalised = normalise(text);
        return normalised == null || !hasVisibleCharacter(normalised) ? null : normalised;
    }

    /**
     * Whether {@code text} holds at least one character a reader can see: a letter, digit, punctuation mark or symbol
     * other than the blank-looking ones. White space, control and format characters, combining marks on their own,
     * private-use, unassigned and surrogate code points do not count.
     */
    public static boolean hasVisibleCharacter(String text) {
        return text != null && text.codePoints().anyMatch(UnicodeText::isVisible);
    }

    private static boolean isVisible(int codePoint) {
        if (BLANK_LOOKING.contains(codePoint)) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
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
