package com.redress.intake.casenumber;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deployment's secret keys for case ids, base64-encoded and supplied by its secret store, never committed with a
 * real value.
 *
 * @param keys        by key id, an HMAC-SHA256 key of at least 32 bytes; keep every key that ever numbered cases, so a
 *                    repeated submission of an older case is still recognised
 * @param activeKeyId the key that numbers new cases
 */
@ConfigurationProperties("redress.intake.case-ids")
public record CaseIdProperties(@DefaultValue Map<String, String> keys, String activeKeyId) {

    public CaseIdProperties {
        keys = Map.copyOf(keys);
    }

    @Override
    public String toString() {
        return "CaseIdProperties[keys=" + keys.keySet() + ", activeKeyId=" + activeKeyId + "]";
    }
}
