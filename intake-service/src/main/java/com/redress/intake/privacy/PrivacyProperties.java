package com.redress.intake.privacy;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys protecting personal data, all base64-encoded and supplied by the deployment (vault, sealed secret), never
 * committed with real values.
 *
 * @param contactKeys        AES keys (16, 24 or 32 bytes) by key id; retired keys stay so old events can be decrypted
 * @param activeContactKeyId the key id new contact details are encrypted with
 * @param pseudonymKey       HMAC-SHA256 key for customer pseudonyms (at least 32 bytes); changing it breaks repeat
 *                           detection across the change
 */
@ConfigurationProperties("redress.intake.privacy")
public record PrivacyProperties(
        Map<String, String> contactKeys,
        String activeContactKeyId,
        String pseudonymKey) {

    public PrivacyProperties {
        contactKeys = contactKeys == null ? Map.of() : Map.copyOf(contactKeys);
    }

    @Override
    public String toString() {
        return "PrivacyProperties[activeContactKeyId=" + activeContactKeyId + ", keyIds=" + contactKeys.keySet() + "]";
    }
}
