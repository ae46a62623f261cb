package com.redress.sla.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How the clock processor runs: how often it looks for due thresholds, how late a threshold may be published and still
 * count as on time, and how many thresholds one tick publishes at most (the rest follow on the next ticks).
 */
public record SlaEngineSettings(Duration tick, Duration onTimeTolerance, int maxDuePerTick) {

    public SlaEngineSettings {
        Objects.requireNonNull(tick, "tick");
        Objects.requireNonNull(onTimeTolerance, "onTimeTolerance");
        if (tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("tick must be positive");
        }
        if (maxDuePerTick < 1) {
            throw new IllegalArgumentException("maxDuePerTick must be at least 1");
        }
    }

    /** One-second ticks, on time within two seconds, up to 10,000 thresholds a tick. */
    public static SlaEngineSettings defaults() {
        return new SlaEngineSettings(Duration.ofSeconds(1), Duration.ofSeconds(2), 10_000);
    }
}
