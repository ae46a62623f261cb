package com.redress.intake.api;

import java.util.Set;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

import com.redress.intake.registration.IntakeMetrics;

/** Recognises a client by its API key, grants it its scopes, and counts each recognised request by system and key fingerprint. */
final class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    private final ChannelSystemAuthenticator authenticator;
    private final Function<String, Set<ApiScope>> scopes;
    private final MeterRegistry meters;

    ApiKeyAuthenticationProvider(ChannelSystemAuthenticator authenticator, Function<String, Set<ApiScope>> scopes,
            MeterRegistry meters) {
        this.authenticator = authenticator;
        this.scopes = scopes;
        this.meters = meters;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String apiKey = (String) authentication.getCredentials();
        ChannelSystemAuthenticator.KeyMatch match = authenticator.identify(apiKey.strip())
                .orElseThrow(() -> new BadCredentialsException("The API key does not belong to any channel system"));
        meters.counter(IntakeMetrics.AUTHENTICATED, IntakeMetrics.TAG_CHANNEL_SYSTEM, match.channelSystem(),
                IntakeMetrics.TAG_KEY, match.keyFingerprint()).increment();
        return ApiKeyAuthentication.of(match.channelSystem(), scopes.apply(match.channelSystem()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiKeyAuthentication.class.isAssignableFrom(authentication);
    }
}
