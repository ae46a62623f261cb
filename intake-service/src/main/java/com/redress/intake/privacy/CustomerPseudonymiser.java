package com.redress.intake.privacy;

import java.util.Locale;

import com.redress.intake.normalisation.UnicodeText;

/**
 * Derives the customer's pseudonymous id: HMAC-SHA256 of the normalised customer reference under a configured key, so
 * the same customer gets the same pseudonym on every complaint while nobody without the key can reverse or recompute
 * it.
 */
public class CustomerPseudonymiser {

    private final PseudonymKey key;

    public CustomerPseudonymiser(PrivacyProperties properties) {
        this.key = new PseudonymKey(properties);
    }

    /**
     * The pseudonym of {@code customerReference}; an anonymous complaint ({@code null} reference) gets a pseudonym of
     * its own case, so anonymous complaints are never mistaken for repeats of each other.
     */
    public String pseudonymOf(String customerReference, String caseId) {
        String reference = UnicodeText.normaliseToNull(customerReference);
        String subject = reference == null ? "anonymous:" + caseId : "customer:" + reference.toUpperCase(Locale.ROOT);
        return "cus_" + key.hex(subject);
    }
}
