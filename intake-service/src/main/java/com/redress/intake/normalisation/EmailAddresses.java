package com.redress.intake.normalisation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Normalises e-mail addresses: NFKC, trimmed, lower-cased, and checked for a plausible shape. */
public final class EmailAddresses {

    /** Deliberately permissive: the mail server, not intake, is the judge of an address's local part. */
    static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9._%+'\\-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}");

    private EmailAddresses() {
    }

    /** The address lower-cased, or empty when it does not look like an e-mail address. */
    public static Optional<String> normalise(String written) {
        String normalised = UnicodeText.normaliseToNull(written);
        if (normalised == null) {
            return Optional.empty();
        }
        String lower = normalised.toLowerCase(Locale.ROOT);
        return SHAPE.matcher(lower).matches() ? Optional.of(lower) : Optional.empty();
    }
}
