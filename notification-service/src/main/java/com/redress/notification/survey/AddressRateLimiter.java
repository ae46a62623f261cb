package com.redress.notification.survey;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * A token bucket per client address (Bucket4j), for the survey answers customers' browsers post without an API key.
 * At most {@link SurveyProperties.RateLimit#addresses()} buckets are kept, the least recently used forgotten first,
 * so that requests from ever new addresses cannot fill the memory.
 */
final class AddressRateLimiter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final SurveyProperties.RateLimit limit;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets;

    AddressRateLimiter(SurveyProperties.RateLimit limit) {
        this(limit, TimeMeter.SYSTEM_NANOTIME);
    }

    AddressRateLimiter(SurveyProperties.RateLimit limit, TimeMeter time) {
        this.limit = limit;
        this.time = time;
        this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > limit.addresses();
            }
        });
    }

    /** Takes one request from {@code address}'s bucket: empty if it may go ahead, else how long to wait. */
    Optional<Duration> tryAcquire(String address) {
        ConsumptionProbe probe = buckets.computeIfAbsent(address, ignored -> newBucket())
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** How many addresses have a bucket now. */
    int tracked() {
        return buckets.size();
    }

    private Bucket newBucket() {
        // whole tokens over a period that gives the rate exactly, so 0.5/s is one token every 2 s
        long tokens = Math.max(1, Math.round(limit.requestsPerSecond()));
        Duration period = Duration.ofNanos(Math.round(tokens * NANOS_PER_SECOND / limit.requestsPerSecond()));
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.burst()).refillGreedy(tokens, period).build())
                .withCustomTimePrecision(time)
                .build();
    }
}
