package com.redress.sla.engine;

import com.redress.events.sla.ClockKind;
import com.redress.sla.clock.ClockChange;

/** What the clock processor reports for monitoring. */
public interface SlaMetrics {

    /** {@code delta} clocks of {@code tier} and {@code kind} were opened (positive) or closed (negative). */
    void openClocksChanged(int tier, ClockKind kind, int delta);

    /** {@code change} was published at {@code emittedAt}. */
    void published(ClockChange change, long emittedAt);

    /** An extension of a {@code kind} clock was rejected because the policy's bounds were reached. */
    void extensionRejected(ClockKind kind);

    /** Metrics that record nothing, for tests that do not look at them. */
    SlaMetrics NONE = new SlaMetrics() {
        @Override
        public void openClocksChanged(int tier, ClockKind kind, int delta) {
        }

        @Override
        public void published(ClockChange change, long emittedAt) {
        }

        @Override
        public void extensionRejected(ClockKind kind) {
        }
    };
}
