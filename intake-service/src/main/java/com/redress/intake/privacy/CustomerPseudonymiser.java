package com.redress.intake.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.redress.intake.normalisation.UnicodeText;

/**
 * Derives the customer's pseudonymous id: HMAC-SHA256 of the normalised customer reference under a configured key, so
 * the same customer gets the same pseudonym on every complaint while nobody without the key can reverse or recompute
 * it.
 */
public class CustomerPseudonymiser {

    private static final String HMAC = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;
    private static final int PSEUDONYM_BYTES = 16;

    private final SecretKeySpec key;

    public CustomerPseudonymiser(PrivacyProperties properties) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(properties.pseudonymKey());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("redress.intake.privacy.pseudonym-key must be set, base64-encoded");
        }
        if (raw.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("redress.intake.privacy.pseudonym-key must be at least "
                    + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(raw, HMAC);
    }

    /**
     * The pseudonym of {@code customerReference}; an anonymous complaint ({@code null} reference) gets a pseudonym of
     * its own case, so anonymous complaints are never mistaken for repeats of each other.
     */
    public String pseudonymOf(String customerReference, String caseId) {
        String reference = UnicodeText.normaliseToNull(customerReference);
        String subject = reference == null ? "anonymous:" + caseId : "customer:" + reference.toUpperCase(Locale.ROOT);
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            byte[] digest = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
            return "cus_" + HexFormat.of().formatHex(digest, 0, PSEUDONYM_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Pseudonymisation failed", e);
        }
    }
}
