package com.redress.sla.clock;

/** A stretch during which a clock did not count; {@code until} is {@code null} while the pause lasts. */
public record Pause(long from, Long until) {

    Pause endedAt(long at) {
        return new Pause(from, Math.max(from, at));
    }
}
