package com.redress.intake.api;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.bucket4j.TimeMeter;

import com.redress.platform.web.TokenBucket;

/**
 * A token bucket per channel system (Bucket4j), made on the system's first request. Only authenticated channel
 * systems get one, so the number of buckets is bounded by the configured systems.
 */
class ChannelSystemRateLimiter {

    private final ApiProperties.RateLimit limits;
    private final TimeMeter time;
    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

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
        return buckets.computeIfAbsent(channelSystem, this::bucketOf).tryTake();
    }

    private TokenBucket bucketOf(String channelSystem) {
        ApiProperties.Limit limit = limits.limitOf(channelSystem);
        return new TokenBucket(limit.requestsPerSecond(), limit.burst(), time);
    }
}
