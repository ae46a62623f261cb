package com.redress.sla.clock;

/** Where a clock stands: counting, paused, or closed as met or breached. */
public enum ClockStatus {
    RUNNING,
    PAUSED,
    MET,
    BREACHED;

    public boolean isOpen() {
        return this == RUNNING || this == PAUSED;
    }
}
