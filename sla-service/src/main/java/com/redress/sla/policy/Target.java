package com.redress.sla.policy;

import com.redress.sla.calendar.TargetUnit;

/** How much time a clock allows, in a unit, with the policy's own words for it (e.g. "8 weeks"). */
public record Target(long amount, TargetUnit unit, String description) {

    /** The allowed time in business milliseconds of {@link #unit()}. */
    public long businessMillis() {
        return Math.multiplyExact(amount, unit.businessMillis());
    }
}
