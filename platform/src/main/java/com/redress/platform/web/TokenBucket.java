package com.redress.platform.web;

import java.time.Duration;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/** One client's request budget (Bucket4j): it holds {@code burst} requests and refills at a sustained rate. */
public final class TokenBucket {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final Bucket bucket;

    /**
     * @param requestsPerSecond sustained rate; below 1 allows one request every {@code 1 / requestsPerSecond} seconds
     * @param burst             how many requests the bucket holds
     * @param time              the clock it refills by
     */
    public TokenBucket(double requestsPerSecond, long burst, TimeMeter time) {
        // whole tokens over a period that gives the rate exactly, so 0.5/s is one token every 2 s, 2.5/s three per 1.2 s
        long tokens = Math.max(1, Math.round(requestsPerSecond));
        Duration period = Duration.ofNanos(Math.round(tokens * NANOS_PER_SECOND / requestsPerSecond));
        this.bucket = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(tokens, period).build())
                .withCustomTimePrecision(time)
                .build();
    }

    /** Takes one request: empty if it may go ahead, else how long until the next one may. */
    public Optional<Duration> tryTake() {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** {@code wait} as the whole seconds of a {@code Retry-After} header: rounded up, at least 1. */
    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
