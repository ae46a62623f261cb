package com.redress.sla.policy;

import java.util.List;
import java.util.Set;

import com.redress.events.sla.ClockKind;

/**
 * One clock a tier runs: the obligation it measures, its target and calendar, the events that start, stop, pause and
 * resume it, the fractions of the target that raise warnings, whom a warning or breach escalates to, and how far it
 * may be extended ({@code extensions} is {@code null} when it may not).
 */
public record ClockPolicy(ClockKind kind, Target target, String calendarId, Set<ClockTrigger> startOn,
        Set<ClockTrigger> stopOn, Set<ClockTrigger> pauseOn, Set<ClockTrigger> resumeOn,
        List<Double> warningFractions, String escalationTarget, ExtensionLimit extensions) {

    public ClockPolicy {
        startOn = Set.copyOf(startOn);
        stopOn = Set.copyOf(stopOn);
        pauseOn = Set.copyOf(pauseOn);
        resumeOn = Set.copyOf(resumeOn);
        warningFractions = List.copyOf(warningFractions);
    }

    public boolean isExtendable() {
        return extensions != null;
    }
}
