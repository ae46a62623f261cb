package com.redress.intake.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Intake's own personal-data key, base64-encoded and supplied by the deployment (vault, sealed secret), never
 * committed with a real value; the contact keys are the platform's {@code redress.privacy.*}.
 *
 * @param pseudonymKey HMAC-SHA256 key for customer pseudonyms and for the pseudonyms of idempotency keys and of
 *                     identifiers that carry personal data (at least 32 bytes); changing it breaks repeat detection,
 *                     and the recognition of a resent submission by its idempotency key, across the change
 */
@ConfigurationProperties("redress.intake.privacy")
public record PrivacyProperties(String pseudonymKey) {

    @Override
    public String toString() {
        return "PrivacyProperties[pseudonymKey=" + (pseudonymKey == null ? "unset" : "set") + "]";
    }
}
