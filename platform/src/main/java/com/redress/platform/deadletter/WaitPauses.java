package com.redress.platform.deadletter;

import java.time.Duration;
import java.util.Objects;

import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The pauses of a listener's record that waits out an outage ({@link FailureHandling#WAIT}): {@code first}, doubled
 * after each attempt up to {@code longest}, for as long as the outage lasts; the record is never given up.
 *
 * @param first   the pause before the first attempt again
 * @param longest the longest pause; {@link #every(Duration)} makes it the first, for an even rhythm
 */
public record WaitPauses(Duration first, Duration longest) {

    /** The platform's: 1 s doubling to 30 s. */
    public static final WaitPauses GROWING = new WaitPauses(FailureClassification.FIRST_WAIT,
            FailureClassification.LONGEST_WAIT);

    public WaitPauses {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(longest, "longest");
        if (first.isNegative() || first.isZero()) {
            throw new IllegalArgumentException("The first pause must be positive: " + first);
        }
        if (longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("The longest pause " + longest + " is shorter than the first " + first);
        }
    }

    /** The same pause before every attempt. */
    public static WaitPauses every(Duration pause) {
        return new WaitPauses(pause, pause);
    }

    /** These pauses as a listener's back-off, which never stops. */
    public BackOff backOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(first.toMillis(), 2.0);
        backOff.setMaxInterval(longest.toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return backOff;
    }
}
