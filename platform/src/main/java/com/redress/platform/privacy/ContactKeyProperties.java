package com.redress.platform.privacy;

import java.util.Map;
import java.util.TreeSet;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The AES keys that protect customers' contact details, supplied by the deployment's secrets (vault, sealed secret)
 * and never committed with real values; every service that encrypts or decrypts contacts holds the same set.
 *
 * @param contactKeys        base64-encoded AES keys (16, 24 or 32 bytes) by key id; retired keys stay so that
 *                           events written under them can still be decrypted
 * @param activeContactKeyId the key id new contact details are encrypted with
 */
@ConfigurationProperties("redress.privacy")
public record ContactKeyProperties(Map<String, String> contactKeys, String activeContactKeyId) {

    public ContactKeyProperties {
        contactKeys = contactKeys == null ? Map.of() : Map.copyOf(contactKeys);
    }

    /** Names the key ids only: the keys themselves must never reach a log or an actuator page. */
    @Override
    public String toString() {
        return "ContactKeyProperties[activeContactKeyId=" + activeContactKeyId + ", keyIds="
                + new TreeSet<>(contactKeys.keySet()) + "]";
    }
}
