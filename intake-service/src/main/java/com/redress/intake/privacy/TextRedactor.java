package com.redress.intake.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;

import com.redress.intake.normalisation.PhoneNumbers;
import com.redress.intake.normalisation.UnicodeText;

/**
 * Replaces personal data in free text with placeholders before the text reaches any topic: e-mail addresses,
 * mainland resident ID numbers (checksum verified), bank card numbers (Luhn verified), phone numbers, and any other
 * run of twelve or more digits or an IBAN — account numbers, and ID or card numbers with a typo, identify a customer
 * just as well.
 */
public final class TextRedactor {

    public static final String EMAIL = "[EMAIL]";
    public static final String ID_NUMBER = "[ID_NUMBER]";
    public static final String CARD_NUMBER = "[CARD_NUMBER]";
    public static final String PHONE = "[PHONE]";
    public static final String ACCOUNT_NUMBER = "[ACCOUNT_NUMBER]";

    // Every run is bounded (RFC 5321: a local part of at most 64 characters, labels of at most 63) and a label is taken
    // whole (possessive), so that no start position costs more than a constant: matching stays linear in the text,
    // whatever runs of address characters it holds.
    private static final String LOCAL_CHARACTER = "[A-Za-z0-9._%+'\\-]";
    private static final String LABEL_CHARACTER = "[A-Za-z0-9\\-]";
    private static final Pattern EMAIL_PATTERN = Pattern.compile(LOCAL_CHARACTER + "{1,64}+@(?:" + LABEL_CHARACTER
            + "{1,63}+\\.){1,8}[A-Za-z]{2,63}+");
    private static final Pattern ID_PATTERN = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    // 13 to 19 digits, optionally grouped by single spaces or dashes as cards are printed
    private static final Pattern CARD_PATTERN = Pattern.compile("(?<![0-9])\\d(?:[ \\-]?\\d){12,18}(?![0-9])");
    // mainland mobiles in any grouping, also where the phone library's boundary rules reject the context
    private static final Pattern MAINLAND_MOBILE_PATTERN =
            Pattern.compile("(?<![0-9])(?:(?:\\+|00)?86[ \\-]?)?1[3-9]\\d(?:[ \\-]?\\d{4}){2}(?![0-9])");

    // what is left of long digit runs after IDs, cards and phones: account numbers, mistyped IDs and cards; grouped by
    // spaces as printed, while dashes are left to references such as 20261124-0042. A run of digits and single spaces
    // (the text is normalised, so spaces come single) is matched by a character class and its digits counted after:
    // a repeated group would recurse once per digit, and a long enough run of digits overflows the stack.
    private static final Pattern DIGIT_RUN_PATTERN = Pattern.compile("(?<![0-9])[0-9][0-9 ]*+");
    private static final int LONG_NUMBER_DIGITS = 12;
    private static final Pattern IBAN_PATTERN =
            Pattern.compile("(?<![0-9A-Za-z])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}(?![0-9A-Za-z])");

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK_CHARACTERS = "10X98765432";

    private static final PhoneNumberUtil PHONE_UTIL = PhoneNumberUtil.getInstance();

    private TextRedactor() {
    }

    /**
     * {@code text} NFKC-normalised with every detected e-mail, ID, card and phone number replaced; phone numbers
     * without a country code are read in {@code region} and in mainland China.
     */
    public static String redact(String text, String region) {
        if (text == null) {
            return null;
        }
        String redacted = UnicodeText.normalise(text);
        redacted = replace(redacted, EMAIL_PATTERN, match -> true, EMAIL);
        redacted = replace(redacted, ID_PATTERN, TextRedactor::isValidResidentId, ID_NUMBER);
        redacted = replace(redacted, CARD_PATTERN, TextRedactor::passesLuhn, CARD_NUMBER);
        redacted = replace(redacted, MAINLAND_MOBILE_PATTERN, match -> true, PHONE);
        Set<String> regions = new LinkedHashSet<>();
        regions.add(region == null ? PhoneNumbers.DEFAULT_REGION : region);
        regions.add(PhoneNumbers.DEFAULT_REGION);
        for (String phoneRegion : regions) {
            redacted = replacePhones(redacted, phoneRegion);
        }
        redacted = replace(redacted, IBAN_PATTERN, match -> true, ACCOUNT_NUMBER);
        return replaceLongNumbers(redacted);
    }

    static boolean isValidResidentId(String candidate) {
        int sum = 0;
        for (int i = 0; i < ID_WEIGHTS.length; i++) {
            sum += (candidate.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(candidate.charAt(17)) == ID_CHECK_CHARACTERS.charAt(sum % 11);
    }

    static boolean passesLuhn(String candidate) {
        String digits = candidate.replaceAll("[ \\-]", "");
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static String replace(String text, Pattern pattern, Predicate<String> confirmed, String placeholder) {
        return pattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(
                confirmed.test(match.group()) ? placeholder : match.group()));
    }

    /** Each run of digits and spaces with enough digits for an account number, its trailing spaces kept. */
    private static String replaceLongNumbers(String text) {
        return DIGIT_RUN_PATTERN.matcher(text).replaceAll(match -> {
            String run = match.group();
            String number = run.stripTrailing();
            long digits = number.chars().filter(character -> character != ' ').count();
            return Matcher.quoteReplacement(
                    digits >= LONG_NUMBER_DIGITS ? ACCOUNT_NUMBER + run.substring(number.length()) : run);
        });
    }

    private static String replacePhones(String text, String region) {
        List<PhoneNumberMatch> matches = new ArrayList<>();
        PHONE_UTIL.findNumbers(text, region, Leniency.VALID, Long.MAX_VALUE).forEach(matches::add);
        matches.sort(Comparator.comparingInt(PhoneNumberMatch::start).reversed());
        StringBuilder out = new StringBuilder(text);
        for (PhoneNumberMatch match : matches) {
            out.replace(match.start(), match.end(), PHONE);
        }
        return out.toString();
    }
}
