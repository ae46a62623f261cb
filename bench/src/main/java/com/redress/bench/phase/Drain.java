package com.redress.bench.phase;

import java.time.Duration;
import java.util.function.LongSupplier;

/** Waits for the pipeline to get a batch through a stage: a count of its complaints reaching what was sent. */
public final class Drain {

    private static final Duration POLL = Duration.ofMillis(100);

    private Drain() {
    }

    /** Waits until {@code progress} reaches {@code expected} or {@code timeout} passed; true if it did. */
    public static boolean await(LongSupplier progress, long expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (progress.getAsLong() < expected && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return progress.getAsLong() >= expected;
    }
}
