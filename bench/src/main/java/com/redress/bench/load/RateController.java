package com.redress.bench.load;

/**
 * Paces a sender at a fixed rate against a schedule that starts at a given instant: at any moment it says how many
 * sends are due and not yet issued, so a sender that fell behind catches up instead of silently lowering the rate.
 */
public final class RateController {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double perSecond;
    private final long startNanos;
    private long issued;

    public RateController(double perSecond, long startNanos) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive: " + perSecond);
        }
        this.perSecond = perSecond;
        this.startNanos = startNanos;
    }

    /** Sends due by {@code nowNanos} (the first is due at the start) that were not yet issued; marks them issued. */
    public long acquire(long nowNanos) {
        long due = dueBy(nowNanos);
        long permits = Math.max(0, due - issued);
        issued += permits;
        return permits;
    }

    /** Nanoseconds from {@code nowNanos} until the next send falls due; 0 when one is due already. */
    public long nanosUntilNext(long nowNanos) {
        long nextDueAt = startNanos + (long) Math.ceil(issued * NANOS_PER_SECOND / perSecond);
        return Math.max(0, nextDueAt - nowNanos);
    }

    public long issued() {
        return issued;
    }

    private long dueBy(long nowNanos) {
        if (nowNanos < startNanos) {
            return 0;
        }
        return (long) Math.floor((nowNanos - startNanos) * perSecond / NANOS_PER_SECOND) + 1;
    }
}
