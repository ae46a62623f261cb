package com.redress.grading.topology;

import java.time.Duration;
import java.util.Objects;

/**
 * How long grading keeps a case's state once the case is closed, and how often it looks for state to delete.
 *
 * @param afterClosure how long after a {@code CLOSED} update a case's state is deleted, unless it is reopened first;
 *                     also how long updates of a case never registered are kept
 * @param scanInterval how often (wall-clock time) expired state is looked for
 */
public record CaseRetention(Duration afterClosure, Duration scanInterval) {

    /** Thirty days after closure, looked for hourly. */
    public static final CaseRetention DEFAULT = new CaseRetention(Duration.ofDays(30), Duration.ofHours(1));

    public CaseRetention {
        Objects.requireNonNull(afterClosure, "afterClosure");
        Objects.requireNonNull(scanInterval, "scanInterval");
        if (afterClosure.isNegative() || scanInterval.isNegative() || scanInterval.isZero()) {
            throw new IllegalArgumentException("retention durations must be positive: " + this);
        }
    }
}
