package com.redress.intake.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what is left of long numbers once IDs, cards and phones are replaced — account numbers, mistyped IDs and cards
 * identify a customer just as well — and IBANs.
 */
final class AccountNumbers {

    // grouped by spaces as printed, while dashes are left to references such as 20261124-0042. A run of digits and
    // single spaces (the text is normalised, so spaces come single) is matched by a character class and its digits
    // counted after: a repeated group would recurse once per digit, and a long enough run of digits overflows the stack.
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![0-9])[0-9][0-9 ]*+");
    private static final int LONG_NUMBER_DIGITS = 12;
    private static final Pattern IBAN =
            Pattern.compile("(?<![0-9A-Za-z])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30}(?![0-9A-Za-z])");

    private AccountNumbers() {
    }

    static List<Redaction> findIbans(String text) {
        return Redaction.everyMatch(IBAN, text, TextRedactor.ACCOUNT_NUMBER);
    }

    /** Each run of digits and spaces in {@code digits}, a digit view, with twelve digits or more; trailing spaces kept. */
    static List<Redaction> findLongNumbers(String digits) {
        List<Redaction> found = new ArrayList<>();
        Matcher run = DIGIT_RUN.matcher(digits);
        while (run.find()) {
            String number = run.group().stripTrailing();
            if (number.chars().filter(character -> character != ' ').count() >= LONG_NUMBER_DIGITS) {
                found.add(new Redaction(run.start(), run.start() + number.length(), TextRedactor.ACCOUNT_NUMBER));
            }
        }
        return found;
    }
}
