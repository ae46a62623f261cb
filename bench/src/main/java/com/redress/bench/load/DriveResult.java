package com.redress.bench.load;

import java.time.Duration;

/**
 * What a driven batch achieved.
 *
 * @param batch     the batch name carried in every channel message id
 * @param target    the rate asked for, complaints per second
 * @param sent      complaints sent
 * @param failures  complaints the broker or intake refused
 * @param elapsed   time from the first send until the last was answered
 */
public record DriveResult(String batch, double target, long sent, long failures, Duration elapsed) {

    /** Complaints per second actually sent and answered. */
    public double achievedRate() {
        return elapsed.isZero() ? 0 : sent * 1_000_000_000.0 / elapsed.toNanos();
    }
}
