package com.redress.intake.privacy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.redress.intake.normalisation.PhoneNumbers;
import com.redress.intake.normalisation.UnicodeText;

/**
 * Replaces personal data in free text with placeholders before the text reaches any topic: e-mail addresses,
 * mainland resident ID numbers (checksum verified), bank card numbers (Luhn verified), phone numbers, and any other
 * run of twelve or more digits or an IBAN — account numbers, and ID or card numbers with a typo, identify a customer
 * just as well. Numbers count in any digits and in Chinese numerals ({@link Numerals}).
 */
public final class TextRedactor {

    public static final String EMAIL = "[EMAIL]";
    public static final String ID_NUMBER = "[ID_NUMBER]";
    public static final String CARD_NUMBER = "[CARD_NUMBER]";
    public static final String PHONE = "[PHONE]";
    public static final String ACCOUNT_NUMBER = "[ACCOUNT_NUMBER]";

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
        String normalised = UnicodeText.normalise(text);
        String redacted = Redaction.apply(normalised, EmailAddressesInText.find(normalised));
        Set<String> phoneRegions = new LinkedHashSet<>();
        phoneRegions.add(region == null ? PhoneNumbers.DEFAULT_REGION : region);
        phoneRegions.add(PhoneNumbers.DEFAULT_REGION);
        for (Numerals numerals : Numerals.values()) {
            redacted = replace(redacted, numerals, IdAndCardNumbers::find);
            redacted = replace(redacted, numerals, PhoneNumbersInText::findMainlandMobiles);
            for (String phoneRegion : phoneRegions) {
                redacted = replace(redacted, numerals, digits -> PhoneNumbersInText.find(digits, phoneRegion));
            }
        }
        redacted = Redaction.apply(redacted, AccountNumbers.findIbans(redacted));
        for (Numerals numerals : Numerals.values()) {
            redacted = replace(redacted, numerals, AccountNumbers::findLongNumbers);
        }
        return redacted;
    }

    /** {@code text} with what {@code finder} finds in its digit view of {@code numerals} replaced. */
    private static String replace(String text, Numerals numerals, Function<String, List<Redaction>> finder) {
        return Redaction.apply(text, finder.apply(numerals.digitView(text)));
    }
}
