package com.redress.intake.api;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

import com.redress.intake.registration.IntakeMetrics;

/** Recognises a channel system by its API key, and counts each recognised request by system and key fingerprint. */
final class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    private final ChannelSystemAuthenticator authenticator;
    private final MeterRegistry meters;

    ApiKeyAuthenticationProvider(ChannelSystemAuthenticator authenticator, MeterRegistry meters) {
        this.authenticator = authenticator;
        this.meters = meters;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String apiKey = (String) authentication.getCredentials();
        ChannelSystemAuthenticator.KeyMatch match = authenticator.identify(apiKey.strip())
                .orElseThrow(() -> new BadCredentialsException("The API key does not belong to any channel system"));
        meters.counter(IntakeMetrics.AUTHENTICATED, IntakeMetrics.TAG_CHANNEL_SYSTEM, match.channelSystem(),
                IntakeMetrics.TAG_KEY, match.keyFingerprint()).increment();
        return ApiKeyAuthentication.of(match.channelSystem());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiKeyAuthentication.class.isAssignableFrom(authentication);
    }
}
