package com.redress.platform.registry;

import java.time.Duration;

/**
 * Waits between retries of a registry call: {@code initial}, doubled per retry, never above {@code max}.
 *
 * @param initial the wait before the first retry
 * @param max the upper bound of any wait
 */
record ExponentialBackoff(Duration initial, Duration max) {

    /** The wait before retry number {@code retry}, counting from 1. */
    Duration delayBeforeRetry(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retries are counted from 1, got " + retry);
        }
        // Cap the shift so that the multiplication cannot overflow for long retry sequences.
        long factor = 1L << Math.min(retry - 1, 30);
        long millis = initial.toMillis() > max.toMillis() / factor ? max.toMillis() : initial.toMillis() * factor;
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
