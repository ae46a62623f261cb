package com.redress.sla.policy;

import java.util.List;

import com.redress.sla.calendar.TargetUnit;
import com.redress.sla.definition.Source;

/** A policy pack as written in a policy file, before validation. */
record PolicyFile(String id, Integer version, String name, List<Source> sources, String calendar,
        Integer provisionalTier, List<Clock> clocks) {

    /** One clock definition, applied to each of its tiers. */
    record Clock(String kind, List<Integer> tiers, TargetFile target, String calendar, List<ClockTrigger> startOn,
            List<ClockTrigger> stopOn, List<ClockTrigger> pauseOn, List<ClockTrigger> resumeOn,
            List<Double> warningFractions, String escalationTarget, Extensions extensions) {
    }

    record TargetFile(Long amount, TargetUnit unit, String description) {
    }

    record Extensions(Integer maxGrants, Long maxAmount) {
    }
}
