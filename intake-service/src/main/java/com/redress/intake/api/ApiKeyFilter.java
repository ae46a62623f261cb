package com.redress.intake.api;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits API requests only with a channel system's {@code X-Api-Key}: 401 without one, 403 with an unknown one; the
 * authenticated channel system is passed on as a request attribute.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    static final String API_KEY_HEADER = "X-Api-Key";
    static final String CHANNEL_SYSTEM_ATTRIBUTE = "com.redress.intake.api.channelSystem";

    private final ChannelSystemAuthenticator authenticator;
    private final ProblemWriter problemWriter;

    ApiKeyFilter(ChannelSystemAuthenticator authenticator, ProblemWriter problemWriter) {
        this.authenticator = authenticator;
        this.problemWriter = problemWriter;
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
        Optional<String> channelSystem = authenticator.authenticate(apiKey.strip());
        if (channelSystem.isEmpty()) {
            problemWriter.write(response, Problems.of(HttpStatus.FORBIDDEN, Problems.INVALID_API_KEY,
                    "API key not accepted", "The API key does not belong to any channel system"));
            return;
        }
        request.setAttribute(CHANNEL_SYSTEM_ATTRIBUTE, channelSystem.get());
        chain.doFilter(request, response);
    }
}
