package com.redress.intake.normalisation;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Parses phone numbers as customers and agents write them (spaces, dashes, full-width digits, trunk prefixes) into
 * E.164, reading numbers without a country code in the region where the complaint was received.
 */
public final class PhoneNumbers {

    /** Mainland China: where a number without a country code is read unless the received zone says otherwise. */
    public static final String DEFAULT_REGION = "CN";

    // The zones our channels receive in that are not mainland China; tz ids do not carry a country in the JDK.
    private static final Map<String, String> REGION_BY_ZONE = Map.ofEntries(
            Map.entry("Asia/Hong_Kong", "HK"),
            Map.entry("Asia/Macau", "MO"),
            Map.entry("Asia/Taipei", "TW"),
            Map.entry("Asia/Singapore", "SG"),
            Map.entry("Asia/Tokyo", "JP"),
            Map.entry("Asia/Seoul", "KR"),
            Map.entry("Europe/London", "GB"),
            Map.entry("Europe/Paris", "FR"),
            Map.entry("Europe/Berlin", "DE"),
            Map.entry("Europe/Frankfurt", "DE"),
            Map.entry("America/New_York", "US"),
            Map.entry("America/Chicago", "US"),
            Map.entry("America/Los_Angeles", "US"),
            Map.entry("America/Toronto", "CA"),
            Map.entry("Australia/Sydney", "AU"));

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** The region a number without a country code is read in, for a complaint received in {@code zone}. */
    public static String regionOf(ZoneId zone) {
        return zone == null ? DEFAULT_REGION : REGION_BY_ZONE.getOrDefault(zone.getId(), DEFAULT_REGION);
    }

    /** The number in E.164 (e.g. {@code +8613812341234}), or empty when it is not a valid number. */
    public static Optional<String> toE164(String written, String region) {
        return parseValid(written, region).map(number -> UTIL.format(number, PhoneNumberFormat.E164));
    }

    /** The national significant number (no country code, no trunk prefix) of an E.164 number. */
    public static String nationalNumberOf(String e164) {
        return parseValid(e164, DEFAULT_REGION).map(UTIL::getNationalSignificantNumber)
                .orElseThrow(() -> new IllegalArgumentException("not an E.164 number"));
    }

    static Optional<PhoneNumber> parseValid(String written, String region) {
        String normalised = UnicodeText.normaliseToNull(written);
        if (normalised == null) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(normalised, region);
            return UTIL.isValidNumber(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
