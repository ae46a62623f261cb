package com.redress.intake.privacy;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;

/** Finds phone numbers in a digit view: mainland mobiles in any grouping, and whatever the phone library recognises. */
final class PhoneNumbersInText {

    // mainland mobiles, 1[3-9] and nine digits, grouped 3-4-4 by single spaces, dashes or dots or not at all, also where
    // the phone library's boundary rules reject the context
    private static final Pattern MAINLAND_MOBILE =
            Pattern.compile("(?<![0-9])(?:(?:\\+|00)?86[ .\\-]?)?1[3-9][0-9](?:[ .\\-]?[0-9]{4}){2}(?![0-9])");

    private static final PhoneNumberUtil PHONE_UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbersInText() {
    }

    static List<Redaction> findMainlandMobiles(String digits) {
        return Redaction.everyMatch(MAINLAND_MOBILE, digits, TextRedactor.PHONE);
    }

    /** The valid phone numbers the library finds, those without a country code read in {@code region}. */
    static List<Redaction> find(String digits, String region) {
        return StreamSupport.stream(PHONE_UTIL.findNumbers(digits, region, Leniency.VALID, Long.MAX_VALUE)
                        .spliterator(), false)
                .map(match -> new Redaction(match.start(), match.end(), TextRedactor.PHONE))
                .toList();
    }
}
