package com.redress.intake.privacy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether an identifier (a message id, a staff id, a code) carries personal data: an e-mail address, a mainland
 * resident ID number, a Luhn-valid card number or a phone number of the case's region or mainland China. It asks
 * {@link TextRedactor}, so an identifier counts as personal data exactly when the redactor would take that data out of
 * a free text: there is one set of patterns, not two.
 *
 * <p>The whole value is read for e-mail addresses, ID numbers and phone numbers in any grouping
 * ({@code 138-1234-1234}); card numbers, and every kind once more, are looked for in each run of digits on its own, as the identifier's
 * separators delimit it. A card's grouping is not followed across separators: {@code IVR-20250314-094217-0042} is a
 * date, a time and a sequence, not an 18-digit card number that happens to pass Luhn. Long digit runs that are none of
 * these (the redactor's account numbers) do not count: system ids are often long numbers. Canonical UUIDs are skipped:
 * their digits are random, yet one UUID in a thousand holds eleven decimal digits that read as a mainland mobile.
 *
 * <p>The rule is deliberately wide: a digit group that reads as a valid number of the region is a phone number, so
 * {@code 2026-118845} (a Guangzhou landline's shape) counts as one, as it would in a complaint's text.
 */
public final class PersonalDataDetector {

    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]+");
    private static final Pattern UUID = Pattern.compile(
            "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    private PersonalDataDetector() {
    }

    /**
     * What {@code identifier} carries, in words ("a phone number"), or empty when it carries none of the kinds above;
     * phone numbers without a country code are read in {@code region} and in mainland China.
     */
    public static Optional<String> findIn(String identifier, String region) {
        if (identifier == null) {
            return Optional.empty();
        }
        identifier = UUID.matcher(identifier).replaceAll("-");
        Optional<String> inWhole = kindIn(TextRedactor.redact(identifier, region), false);
        if (inWhole.isPresent()) {
            return inWhole;
        }
        Matcher run = DIGIT_RUN.matcher(identifier);
        while (run.find()) {
            Optional<String> inRun = kindOfRun(run.group(), region);
            if (inRun.isEmpty() && run.end() < identifier.length()
                    && Character.toUpperCase(identifier.charAt(run.end())) == 'X') {
                // a resident ID's check character may be X
                inRun = kindOfRun(run.group() + 'X', region);
            }
            if (inRun.isPresent()) {
                return inRun;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> kindOfRun(String run, String region) {
        String redacted = TextRedactor.redact(run, region);
        return redacted.equals(TextRedactor.EMAIL) || redacted.equals(TextRedactor.ID_NUMBER)
                || redacted.equals(TextRedactor.CARD_NUMBER) || redacted.equals(TextRedactor.PHONE)
                ? kindIn(redacted, true) : Optional.empty();
    }

    private static Optional<String> kindIn(String redacted, boolean cards) {
        if (redacted.contains(TextRedactor.EMAIL)) {
            return Optional.of("an e-mail address");
        }
        if (redacted.contains(TextRedactor.ID_NUMBER)) {
            return Optional.of("an ID number");
        }
        if (redacted.contains(TextRedactor.PHONE)) {
            return Optional.of("a phone number");
        }
        if (cards && redacted.contains(TextRedactor.CARD_NUMBER)) {
            return Optional.of("a card number");
        }
        return Optional.empty();
    }
}
