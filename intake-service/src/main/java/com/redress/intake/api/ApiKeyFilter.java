package com.redress.intake.api;

import java.io.IOException;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.redress.intake.registration.IntakeMetrics;

/**
 * Admits API requests only with a channel system's {@code X-Api-Key}: 401 without one, 403 with an unknown one; the
 * authenticated channel system is passed on as a request attribute, and each admitted request is counted by system
 * and key fingerprint.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    static final String API_KEY_HEADER = "X-Api-Key";
    static final String CHANNEL_SYSTEM_ATTRIBUTE = "com.redress.intake.api.channelSystem";

    private final ChannelSystemAuthenticator authenticator;
    private final ProblemWriter problemWriter;
    private final MeterRegistry meters;

    ApiKeyFilter(ChannelSystemAuthenticator authenticator, ProblemWriter problemWriter, MeterRegistry meters) {
        this.authenticator = authenticator;
        this.problemWriter = problemWriter;
        this.meters = meters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String apiKey = request.getHeader(API_KEY_HEADER);
        if (apiKey == null || apiKey.isBlank()) {
            problemWriter.write(response, Problems.of(HttpStatus.UNAUTHORIZED, Problems.MISSING_API_KEY,
                    "API key required", "Send the channel system's API key in the " + API_KEY_HEADER + " header"));
            return;
        }
        Optional<ChannelSystemAuthenticator.KeyMatch> match = authenticator.identify(apiKey.strip());
        if (match.isEmpty()) {
            problemWriter.write(response, Problems.of(HttpStatus.FORBIDDEN, Problems.INVALID_API_KEY,
                    "API key not accepted", "The API key does not belong to any channel system"));
            return;
        }
        meters.counter(IntakeMetrics.AUTHENTICATED, IntakeMetrics.TAG_CHANNEL_SYSTEM, match.get().channelSystem(),
                IntakeMetrics.TAG_KEY, match.get().keyFingerprint()).increment();
        request.setAttribute(CHANNEL_SYSTEM_ATTRIBUTE, match.get().channelSystem());
        chain.doFilter(request, response);
    }
}
