package com.redress.platform.web;

import java.util.Set;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * Recognises a client by its API key, grants it its scopes, and counts each recognised request by client and key
 * fingerprint, so the end of a key rotation shows in the metrics.
 */
public final class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    /** The tag naming the key used: the first 8 hex digits of its configured SHA-256. */
    public static final String TAG_KEY = "key";

    private final ApiKeys keys;
    private final Function<String, Set<ApiScope>> scopes;
    private final MeterRegistry meters;
    private final Meter meter;

    /**
     * @param keys   the clients' keys
     * @param scopes what each client may do
     * @param meters where the counter is registered
     * @param meter  the counter's name and the tag that names the client
     */
    public ApiKeyAuthenticationProvider(ApiKeys keys, Function<String, Set<ApiScope>> scopes, MeterRegistry meters,
            Meter meter) {
        this.keys = keys;
        this.scopes = scopes;
        this.meters = meters;
        this.meter = meter;
    }

    /** Recognises the clients of {@code clients}. */
    public static ApiKeyAuthenticationProvider of(ApiClients clients, MeterRegistry meters, Meter meter) {
        clients.validate();
        return new ApiKeyAuthenticationProvider(clients.keys(), clients::scopesOf, meters, meter);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String apiKey = (String) authentication.getCredentials();
        ApiKeys.KeyMatch match = keys.identify(apiKey.strip())
                .orElseThrow(() -> new BadCredentialsException("The API key does not belong to any client"));
        meters.counter(meter.name(), meter.clientTag(), match.client(), TAG_KEY, match.keyFingerprint()).increment();
        return ApiKeyAuthentication.of(match.client(), scopes.apply(match.client()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiKeyAuthentication.class.isAssignableFrom(authentication);
    }

    /**
     * The counter of requests admitted by API key.
     *
     * @param name      e.g. {@code redress.sla.api.authenticated}
     * @param clientTag the tag naming the client, e.g. {@code client}
     */
    public record Meter(String name, String clientTag) {
    }
}
