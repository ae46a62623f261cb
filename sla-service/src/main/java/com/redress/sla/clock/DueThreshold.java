package com.redress.sla.clock;

import com.redress.events.sla.ClockKind;

/**
 * A moment a running clock must act on: a warning at {@code fraction} of its target, or its breach when
 * {@code fraction} is {@link #BREACH}.
 */
public record DueThreshold(long dueAt, ClockKind kind, double fraction) {

    /** The fraction that stands for the deadline itself. */
    public static final double BREACH = 1.0;

    public boolean isBreach() {
        return fraction >= BREACH;
    }
}
