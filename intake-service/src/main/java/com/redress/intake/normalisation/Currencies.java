package com.redress.intake.normalisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a code names a currency money can be in: an ISO 4217 code {@link Currency} knows, with a minor unit
 * (so not gold, silver, the SDR or the test and "no currency" codes), and not withdrawn by ISO
 * ({@code intake/withdrawn-currencies.txt}). Lower case is accepted and folded to upper case, as customers write
 * {@code 300 usd}.
 */
public final class Currencies {

    private static final String WITHDRAWN_RESOURCE = "intake/withdrawn-currencies.txt";
    private static final Set<String> WITHDRAWN = loadWithdrawn();

    private Currencies() {
    }

    /** The ISO 4217 code in upper case, or empty when {@code written} is no active currency code. */
    public static Optional<String> active(String written) {
        String code = UnicodeText.normaliseToNull(written);
        if (code == null || code.length() != 3) {
            return Optional.empty();
        }
        String upper = code.toUpperCase(Locale.ROOT);
        try {
            Currency currency = Currency.getInstance(upper);
            return currency.getDefaultFractionDigits() < 0 || WITHDRAWN.contains(upper)
                    ? Optional.empty()
                    : Optional.of(currency.getCurrencyCode());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Set<String> loadWithdrawn() {
        try (InputStream in = Currencies.class.getClassLoader().getResourceAsStream(WITHDRAWN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + WITHDRAWN_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
