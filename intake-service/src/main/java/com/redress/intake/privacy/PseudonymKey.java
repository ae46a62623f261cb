package com.redress.intake.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The deployment's pseudonym key ({@code redress.intake.privacy.pseudonym-key}) and the keyed hash made with it. */
final class PseudonymKey {

    private static final String HMAC = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;
    private static final int PSEUDONYM_BYTES = 16;

    private final SecretKeySpec key;

    PseudonymKey(PrivacyProperties properties) {
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
     * The first 16 bytes of HMAC-SHA256 of {@code subject}, in hex. Callers prefix the subject with what it is
     * ({@code customer:}, {@code identifier:}, ...), so equal values of different kinds get unrelated pseudonyms.
     */
    String hex(String subject) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            byte[] digest = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, PSEUDONYM_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Pseudonymisation failed", e);
        }
    }
}
