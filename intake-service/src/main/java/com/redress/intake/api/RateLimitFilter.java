package com.redress.intake.api;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.redress.intake.registration.IntakeMetrics;
import com.redress.platform.web.ApiKeyAuthentication;
import com.redress.platform.web.ProblemWriter;
import com.redress.platform.web.TokenBucket;

/**
 * Answers 429 with {@code Retry-After} when the authenticated channel system has used up its requests; runs in
 * Spring Security's chain after the API key has named the system.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final ChannelSystemRateLimiter limiter;
    private final ProblemWriter problemWriter;
    private final MeterRegistry meters;

    RateLimitFilter(ChannelSystemRateLimiter limiter, ProblemWriter problemWriter, MeterRegistry meters) {
        this.limiter = limiter;
        this.problemWriter = problemWriter;
        this.meters = meters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return channelSystem() == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String channelSystem = channelSystem();
        Optional<Duration> wait = limiter.tryAcquire(channelSystem);
        if (wait.isPresent()) {
            meters.counter(IntakeMetrics.RATE_LIMITED, IntakeMetrics.TAG_CHANNEL_SYSTEM, channelSystem).increment();
            long retryAfterSeconds = TokenBucket.retryAfterSeconds(wait.get());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
            problemWriter.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, Problems.RATE_LIMITED,
                    "Too many requests", "Channel system " + channelSystem
                            + " has used up its request rate; retry after " + retryAfterSeconds + " s"));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String channelSystem() {
        return ApiKeyAuthentication.clientOf(SecurityContextHolder.getContext().getAuthentication());
    }
}
