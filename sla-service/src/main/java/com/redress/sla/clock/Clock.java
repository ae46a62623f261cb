package com.redress.sla.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.redress.events.sla.ClockKind;
import com.redress.sla.calendar.BusinessTimeline;
import com.redress.sla.policy.ClockPolicy;

/**
 * One obligation's clock on one case: the policy it runs on, the business time consumed so far and, while it runs,
 * since when it has been counting. Mutable state confined to the processing of one record of its case.
 *
 * <p>Business time is kept as {@code consumedMillis} up to {@code countingSince}; while running, the time from
 * {@code countingSince} to now is added on demand, so a pause simply folds the running stretch into
 * {@code consumedMillis}.
 */
public final class Clock {

    private ClockPolicy policy;
    private String policyId;
    private int tier;
    private ClockStatus status;
    private long startedAt;
    private long origin;
    private Long closedAt;
    private long extendedAmount;
    private int extensionsGranted;
    private long plannedAt;
    private int calendarVersion;
    private Long plannedDeadline;
    private List<Pause> pauses = new ArrayList<>();
    private List<Double> warningsRaised = new ArrayList<>();
    private List<String> dueKeys = new ArrayList<>();

    /** For deserialisation of stored state. */
    Clock() {
    }

    private Clock(ClockPolicy policy, String policyId, int tier, long startedAt, long origin, long plannedAt) {
        this.policy = policy;
        this.policyId = policyId;
        this.tier = tier;
        this.status = ClockStatus.RUNNING;
        this.startedAt = startedAt;
        this.origin = origin;
        this.plannedAt = plannedAt;
    }

    /** A clock of {@code policy} started at {@code startedAt}, counting from the origin its unit gives. */
    static Clock start(ClockPolicy policy, String policyId, int tier, long startedAt, BusinessTimeline timeline,
            long now) {
        return new Clock(policy, policyId, tier, startedAt, originOf(startedAt, timeline), now);
    }

    public ClockKind kind() {
        return policy.kind();
    }

    public ClockPolicy policy() {
        return policy;
    }

    public String policyId() {
        return policyId;
    }

    public int tier() {
        return tier;
    }

    public ClockStatus status() {
        return status;
    }

    public long startedAt() {
        return startedAt;
    }

    /** When the current deadline was computed (start, extension or re-plan), by the service's clock. */
    public long plannedAt() {
        return plannedAt;
    }

    /** The version of its calendar the clock was last planned on; 0 for state kept before calendars had versions. */
    public int calendarVersion() {
        return calendarVersion;
    }

    /** The deadline last published for the clock, if known. */
    public Optional<Long> plannedDeadline() {
        return Optional.ofNullable(plannedDeadline);
    }

    /** Takes {@code deadline} as the last published one when the state predates its recording. */
    public void recallPlannedDeadline(long deadline) {
        if (plannedDeadline == null) {
            plannedDeadline = deadline;
        }
    }

    /**
     * Whether {@code deadline} was counted over dates the calendar does not know for certain, from where the clock
     * began to count.
     */
    public boolean isProvisional(long deadline, BusinessTimeline timeline) {
        return !timeline.isSettledBetween(Instant.ofEpochMilli(origin), Instant.ofEpochMilli(deadline));
    }

    public int extensionsGranted() {
        return extensionsGranted;
    }

    public long extendedAmount() {
        return extendedAmount;
    }

    public List<Pause> pauses() {
        return List.copyOf(pauses);
    }

    public List<Double> warningsRaised() {
        return List.copyOf(warningsRaised);
    }

    /** The due-index keys registered for this clock, so they can be removed when it changes. */
    public List<String> dueKeys() {
        return List.copyOf(dueKeys);
    }

    /** Records the due-index keys now registered for this clock. */
    public void replaceDueKeys(List<String> keys) {
        dueKeys = new ArrayList<>(keys);
    }

    /** The allowed business time including extensions. */
    public long targetMillis() {
        return Math.multiplyExact(policy.target().amount() + extendedAmount, policy.target().unit().businessMillis());
    }

    /** The target in the policy's words, with any extension, e.g. "15 working days + 15 extended". */
    public String targetDescription() {
        String base = policy.target().description();
        return extendedAmount == 0 ? base : base + " + " + extendedAmount + " extended";
    }

    /** Business time consumed by {@code at}: counted time since the origin, less pauses, up to closing. */
    public long elapsedAt(long at, BusinessTimeline timeline) {
        long end = closedAt == null ? at : Math.min(at, closedAt);
        long total = between(origin, end, timeline);
        for (Pause pause : pauses) {
            long pauseEnd = pause.until() == null ? end : Math.min(pause.until(), end);
            total -= between(Math.max(pause.from(), origin), pauseEnd, timeline);
        }
        return Math.max(0, total);
    }

    /** When {@code fraction} of the target is consumed, the clock running on from its last resumption. */
    public long dueAt(double fraction, BusinessTimeline timeline) {
        long since = countingSince();
        long needed = (long) Math.ceil(fraction * targetMillis()) - elapsedAt(since, timeline);
        if (needed <= 0) {
            return since;
        }
        return timeline.advance(Instant.ofEpochMilli(since), needed).toEpochMilli();
    }

    /**
     * The deadline: for a running clock, when the target runs out; for a paused one, when it would run out if resumed
     * at {@code now}; for a closed one, when it would have run out had it kept running from its last resumption.
     */
    public long deadline(long now, BusinessTimeline timeline) {
        if (status == ClockStatus.PAUSED) {
            long remaining = Math.max(0, targetMillis() - elapsedAt(now, timeline));
            return timeline.advance(Instant.ofEpochMilli(Math.max(now, origin)), remaining).toEpochMilli();
        }
        return dueAt(DueThreshold.BREACH, timeline);
    }

    /** The thresholds still ahead of a running clock, warnings first; none when it is not running. */
    public List<DueThreshold> pendingThresholds(BusinessTimeline timeline) {
        List<DueThreshold> pending = new ArrayList<>();
        if (status != ClockStatus.RUNNING) {
            return pending;
        }
        for (double fraction : policy.warningFractions()) {
            if (!warningsRaised.contains(fraction)) {
                pending.add(new DueThreshold(dueAt(fraction, timeline), kind(), fraction));
            }
        }
        pending.add(new DueThreshold(dueAt(DueThreshold.BREACH, timeline), kind(), DueThreshold.BREACH));
        return pending;
    }

    void pause(long at) {
        pauses.add(new Pause(Math.max(at, countingSince()), null));
        status = ClockStatus.PAUSED;
    }

    void resume(long at) {
        int last = pauses.size() - 1;
        pauses.set(last, pauses.get(last).endedAt(at));
        status = ClockStatus.RUNNING;
    }

    void close(ClockStatus outcome, long at) {
        if (status == ClockStatus.PAUSED) {
            resume(at);
        }
        closedAt = Math.max(at, startedAt);
        status = outcome;
    }

    void raiseWarning(double fraction) {
        warningsRaised.add(fraction);
    }

    void extend(long amount, long now) {
        extendedAmount += amount;
        extensionsGranted++;
        plannedAt = now;
    }

    /**
     * Puts the clock on the terms of {@code newPolicy} for {@code newTier}: the target counts from the original start,
     * pauses still count as pauses, and the origin follows the new unit and calendar.
     */
    void replan(ClockPolicy newPolicy, String newPolicyId, int newTier, BusinessTimeline newTimeline, long now) {
        policy = newPolicy;
        policyId = newPolicyId;
        tier = newTier;
        plannedAt = now;
        origin = originOf(startedAt, newTimeline);
        extendedAmount = newPolicy.isExtendable()
                ? Math.min(extendedAmount, newPolicy.extensions().maxAmount() - newPolicy.target().amount())
                : 0;
    }

    /** Records the deadline just published and the calendar version it was counted on. */
    void planned(long deadline, int onCalendarVersion) {
        plannedDeadline = deadline;
        calendarVersion = onCalendarVersion;
    }

    /** Puts the clock on a new edition of its calendar: same terms, counted again from the start. */
    void replanOnCalendar(BusinessTimeline timeline, long now) {
        plannedAt = now;
        origin = originOf(startedAt, timeline);
    }

    private long countingSince() {
        long since = origin;
        for (Pause pause : pauses) {
            if (pause.until() != null) {
                since = Math.max(since, pause.until());
            }
        }
        return since;
    }

    private static long between(long from, long to, BusinessTimeline timeline) {
        return timeline.between(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to));
    }

    private static long originOf(long startedAt, BusinessTimeline timeline) {
        return timeline.origin(Instant.ofEpochMilli(startedAt)).toEpochMilli();
    }
}
