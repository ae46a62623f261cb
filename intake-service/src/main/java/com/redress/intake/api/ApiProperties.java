package com.redress.intake.api;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Who may call the REST API and how much they may send.
 *
 * @param apiKeySha256    per channel system id, the SHA-256 (hex) of its API key; the keys themselves are never stored
 * @param maxRequestSize  the largest request body accepted; larger ones get 413
 */
@ConfigurationProperties("redress.intake.api")
public record ApiProperties(
        @DefaultValue Map<String, String> apiKeySha256,
        @DefaultValue("64KB") DataSize maxRequestSize) {

    public ApiProperties {
        apiKeySha256 = Map.copyOf(apiKeySha256);
    }
}
