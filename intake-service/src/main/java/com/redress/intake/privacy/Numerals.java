package com.redress.intake.privacy;

/**
 * The two ways intake's text writes a number digit by digit, each giving a digit view in which the redactor's number
 * finders see ASCII digits.
 *
 * <p>NFKC, which intake applies to every text before redaction, has already folded full-width digits (and circled,
 * superscript and mathematical ones) to ASCII; what is left are the decimal digits of other scripts (٣, ३) and Chinese
 * numerals as numbers are read aloud (一三七零…, with 幺 for 1 and 〇 or 零 for 0). A view is the text char for char, so
 * what a finder reports in the view is replaced at the same offsets in the text; its own numerals become ASCII digits
 * and the other kind's a mark that is no digit, so that a number never runs from one kind into the other: in
 * 13812341234一直打不通 the 一 is a word, not the twelfth digit.
 */
enum Numerals {

    /** ASCII digits and the decimal digits of every other script. */
    DIGITS {
        @Override
        int valueOf(char character) {
            return Character.isDigit(character) ? Character.digit(character, 10) : NOT_A_NUMERAL;
        }
    },

    /** Chinese numerals as read aloud digit by digit: 〇 零 0, 一 幺 1, 二 2 … 九 9. */
    CHINESE {
        @Override
        int valueOf(char character) {
            int index = CHINESE_NUMERALS.indexOf(character);
            return index < 0 ? NOT_A_NUMERAL : CHINESE_VALUES.charAt(index) - '0';
        }
    };

    private static final String CHINESE_NUMERALS = "〇零一幺二三四五六七八九";
    private static final String CHINESE_VALUES = "001123456789";
    private static final int NOT_A_NUMERAL = -1;
    /** Stands in for the other kind's numerals: no digit, letter, separator or phone punctuation. */
    static final char OTHER_NUMERAL = '\uFFFD';

    /** The value 0 to 9 of {@code character} as a numeral of this kind, or -1. */
    abstract int valueOf(char character);

    /** {@code text} with this kind's numerals as ASCII digits and the other kind's as {@link #OTHER_NUMERAL}. */
    String digitView(String text) {
        char[] view = text.toCharArray();
        for (int i = 0; i < view.length; i++) {
            int value = valueOf(view[i]);
            if (value >= 0) {
                view[i] = (char) ('0' + value);
            } else if (isNumeral(view[i])) {
                view[i] = OTHER_NUMERAL;
            }
        }
        return new String(view);
    }

    private static boolean isNumeral(char character) {
        return Character.isDigit(character) || CHINESE_NUMERALS.indexOf(character) >= 0;
    }
}
