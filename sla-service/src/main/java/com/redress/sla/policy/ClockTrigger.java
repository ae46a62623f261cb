package com.redress.sla.policy;

import java.util.Optional;

import com.redress.events.intake.CaseUpdateType;

/** A case event that can start, stop, pause or resume a clock: the registration itself or a kind of case update. */
public enum ClockTrigger {
    RECEIVED,
    ACKNOWLEDGED,
    RESPONDED,
    AWAITING_CUSTOMER,
    CUSTOMER_REPLIED,
    ESCALATED,
    RESOLVED,
    CLOSED,
    REOPENED,
    REGULATOR_REFERRAL,
    APPRAISAL_STARTED,
    APPRAISAL_ENDED;

    /** The trigger a case update of {@code type} fires, if any; extensions and tier changes are handled apart. */
    public static Optional<ClockTrigger> of(CaseUpdateType type) {
        for (ClockTrigger trigger : values()) {
            if (trigger.name().equals(type.name())) {
                return Optional.of(trigger);
            }
        }
        return Optional.empty();
    }
}
