package com.redress.notification.survey;

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
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import com.redress.platform.web.ProblemWriter;
import com.redress.platform.web.Problems;
import com.redress.platform.web.TokenBucket;

/**
 * Answers 429 with {@code Retry-After} when the client address posting survey answers has used up its requests; runs
 * in Spring Security's chain, on the path it matched, once the request is admitted.
 */
final class SurveyRateLimitFilter extends OncePerRequestFilter {

    private final RequestMatcher surveyAnswers;
    private final AddressRateLimiter limiter;
    private final ProblemWriter problems;
    private final MeterRegistry meters;

    SurveyRateLimitFilter(RequestMatcher surveyAnswers, AddressRateLimiter limiter, ProblemWriter problems,
            MeterRegistry meters) {
        this.surveyAnswers = surveyAnswers;
        this.limiter = limiter;
        this.problems = problems;
        this.meters = meters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !surveyAnswers.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = limiter.tryAcquire(request.getRemoteAddr());
        if (wait.isPresent()) {
            // no address in the meter: it would be personal data, and unbounded
            meters.counter(SurveyMetrics.RATE_LIMITED).increment();
            long retryAfterSeconds = TokenBucket.retryAfterSeconds(wait.get());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
            problems.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, Problems.RATE_LIMITED,
                    "Too many requests", "Too many survey answers from this address; retry after "
                            + retryAfterSeconds + " s"));
            return;
        }
        chain.doFilter(request, response);
    }
}
