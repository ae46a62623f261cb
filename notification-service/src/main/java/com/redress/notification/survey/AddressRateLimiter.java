package com.redress.notification.survey;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.TimeMeter;

import com.redress.platform.web.TokenBucket;

/**
 * A token bucket per client address (Bucket4j), for the survey answers customers' browsers post without an API key.
 * At most {@link SurveyProperties.RateLimit#addresses()} buckets are kept, the least recently used forgotten first,
 * so that requests from ever new addresses cannot fill the memory.
 */
final class AddressRateLimiter {

    private final SurveyProperties.RateLimit limit;
    private final TimeMeter time;
    private final Map<String, TokenBucket> buckets;

    AddressRateLimiter(SurveyProperties.RateLimit limit) {
        this(limit, TimeMeter.SYSTEM_NANOTIME);
    }

    AddressRateLimiter(SurveyProperties.RateLimit limit, TimeMeter time) {
        this.limit = limit;
        this.time = time;
        this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TokenBucket> eldest) {
                return size() > limit.addresses();
            }
        });
    }

    /** Takes one request from {@code address}'s bucket: empty if it may go ahead, else how long to wait. */
    Optional<Duration> tryAcquire(String address) {
        return buckets.computeIfAbsent(address, ignored -> new TokenBucket(limit.requestsPerSecond(), limit.burst(),
                time)).tryTake();
    }

    /** How many addresses have a bucket now. */
    int tracked() {
        return buckets.size();
    }
}
