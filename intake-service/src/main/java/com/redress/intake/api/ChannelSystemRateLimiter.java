package com.redress.intake.api;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * A token bucket per channel system (Bucket4j), made on the system's first request. Only authenticated channel
 * systems get one, so the number of buckets is bounded by the configured systems.
 */
class ChannelSystemRateLimiter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final ApiProperties.RateLimit limits;
    private final TimeMeter time;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    ChannelSystemRateLimiter(ApiProperties.RateLimit limits) {
        this(limits, TimeMeter.SYSTEM_NANOTIME);
    }

    ChannelSystemRateLimiter(ApiProperties.RateLimit limits, TimeMeter time) {
        limits.validate();
        this.limits = limits;
        this.time = time;
    }

    /** Takes one request from {@code channelSystem}'s bucket: empty if it may go ahead, else how long to wait. */
    Optional<Duration> tryAcquire(String channelSystem) {
        ConsumptionProbe probe = buckets.computeIfAbsent(channelSystem, this::bucketOf).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket bucketOf(String channelSystem) {
        ApiProperties.Limit limit = limits.limitOf(channelSystem);
        // whole tokens over a period that gives the rate exactly, so 0.5/s is one token every 2 s, 2.5/s three per 1.2 s
        long tokens = Math.max(1, Math.round(limit.requestsPerSecond()));
        Duration period = Duration.ofNanos(Math.round(tokens * NANOS_PER_SECOND / limit.requestsPerSecond()));
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.burst()).refillGreedy(tokens, period).build())
                .withCustomTimePrecision(time)
                .build();
    }
}
