package com.redress.intake.api;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A channel system's API key, as sent ({@link #unauthenticated}) and once recognised ({@link #of}): then the principal
 * is the channel system's id, and the key itself is no longer held.
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    /** The header a channel system sends its API key in. */
    static final String HEADER = "X-Api-Key";

    private final String channelSystem;
    private final String apiKey;

    private ApiKeyAuthentication(String channelSystem, String apiKey) {
        super(List.of());
        this.channelSystem = channelSystem;
        this.apiKey = apiKey;
        setAuthenticated(channelSystem != null);
    }

    static ApiKeyAuthentication unauthenticated(String apiKey) {
        return new ApiKeyAuthentication(null, apiKey);
    }

    static ApiKeyAuthentication of(String channelSystem) {
        return new ApiKeyAuthentication(channelSystem, null);
    }

    @Override
    public Object getCredentials() {
        return apiKey;
    }

    @Override
    public Object getPrincipal() {
        return channelSystem;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
