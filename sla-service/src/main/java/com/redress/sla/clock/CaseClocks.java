package com.redress.sla.clock;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.redress.events.sla.ClockKind;
import com.redress.sla.policy.ClockTrigger;

/**
 * Everything the service remembers about one case: when it was received, its tier, which case events have happened,
 * and its clocks. Mutable state confined to the processing of one record of the case.
 */
public final class CaseClocks {

    /** How many recent event ids are kept to recognise a redelivered event. */
    static final int REMEMBERED_EVENT_IDS = 64;

    private String caseId;
    private Long receivedAt;
    private Integer gradedTier;
    private Set<ClockTrigger> seenTriggers = EnumSet.noneOf(ClockTrigger.class);
    private List<String> recentEventIds = new ArrayList<>();
    private Map<ClockKind, Clock> clocks = new LinkedHashMap<>();

    /** For deserialisation of stored state. */
    CaseClocks() {
    }

    public CaseClocks(String caseId) {
        this.caseId = caseId;
    }

    public String caseId() {
        return caseId;
    }

    /** When the complaint was received, or empty before its registration has been seen. */
    public Optional<Long> receivedAt() {
        return Optional.ofNullable(receivedAt);
    }

    /** The tier grading gave the case, or empty before it is graded. */
    public Optional<Integer> gradedTier() {
        return Optional.ofNullable(gradedTier);
    }

    public Collection<Clock> clocks() {
        return List.copyOf(clocks.values());
    }

    public Optional<Clock> clock(ClockKind kind) {
        return Optional.ofNullable(clocks.get(kind));
    }

    /** Whether any clock is still open, i.e. whether the case must be kept. */
    public boolean hasOpenClocks() {
        return clocks.values().stream().anyMatch(clock -> clock.status().isOpen());
    }

    boolean hasSeen(ClockTrigger trigger) {
        return seenTriggers.contains(trigger);
    }

    void saw(ClockTrigger trigger) {
        seenTriggers.add(trigger);
    }

    /** Records {@code eventId} and answers whether it was new, i.e. not a redelivery. */
    boolean firstSight(String eventId) {
        if (recentEventIds.contains(eventId)) {
            return false;
        }
        recentEventIds.add(eventId);
        if (recentEventIds.size() > REMEMBERED_EVENT_IDS) {
            recentEventIds.remove(0);
        }
        return true;
    }

    void received(long at) {
        receivedAt = at;
    }

    void graded(int tier) {
        gradedTier = tier;
    }

    void add(Clock clock) {
        clocks.put(clock.kind(), clock);
    }
}
