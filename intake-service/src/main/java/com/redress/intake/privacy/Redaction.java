package com.redress.intake.privacy;

import java.util.List;
import java.util.regex.Pattern;

/** One stretch of a text to be replaced by a placeholder, found by one of the redactor's finders. */
record Redaction(int start, int end, String placeholder) {

    /** Every match of {@code pattern} in {@code text}, each to be replaced by {@code placeholder}. */
    static List<Redaction> everyMatch(Pattern pattern, String text, String placeholder) {
        return pattern.matcher(text).results()
                .map(match -> new Redaction(match.start(), match.end(), placeholder))
                .toList();
    }

    /**
     * {@code text} with each redaction's stretch replaced by its placeholder; the redactions are in order and do not
     * overlap. They may have been found in a digit view of the text, which has the text's offsets.
     */
    static String apply(String text, List<Redaction> redactions) {
        if (redactions.isEmpty()) {
            return text;
        }
        StringBuilder redacted = new StringBuilder(text.length());
        int copied = 0;
        for (Redaction redaction : redactions) {
            redacted.append(text, copied, redaction.start()).append(redaction.placeholder());
            copied = redaction.end();
        }
        return redacted.append(text, copied, text.length()).toString();
    }
}
