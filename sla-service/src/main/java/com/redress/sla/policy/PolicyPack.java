package com.redress.sla.policy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.redress.sla.definition.Source;

/**
 * A validated set of SLA clocks per tier (1 to 4) with the sources it implements; {@code provisionalTier} is the tier a
 * case is treated as from registration until grading decides its tier.
 */
public record PolicyPack(String id, int version, String name, List<Source> sources, int provisionalTier,
        Map<Integer, List<ClockPolicy>> clocksByTier) {

    public PolicyPack {
        sources = List.copyOf(sources);
        clocksByTier = Map.copyOf(clocksByTier);
    }

    /** The id and version named on every SLA event, e.g. {@code redress-default@1}. */
    public String policyId() {
        return id + "@" + version;
    }

    /** The ids of the calendars the pack's clocks count on. */
    public Set<String> calendarIds() {
        return clocksByTier.values().stream().flatMap(List::stream).map(ClockPolicy::calendarId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The clocks a case of {@code tier} runs; none for an unknown tier. */
    public List<ClockPolicy> clocksFor(int tier) {
        return clocksByTier.getOrDefault(tier, List.of());
    }
}
