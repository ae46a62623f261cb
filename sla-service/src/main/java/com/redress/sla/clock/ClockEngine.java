package com.redress.sla.clock;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.intake.ExtensionGrant;
import com.redress.events.sla.ClockKind;
import com.redress.events.sla.SlaEventType;
import com.redress.sla.calendar.BusinessTimeline;
import com.redress.sla.calendar.CalendarCatalog;
import com.redress.sla.policy.ClockPolicy;
import com.redress.sla.policy.ClockTrigger;
import com.redress.sla.policy.ExtensionLimit;
import com.redress.sla.policy.PolicyPack;

/**
 * The rules of the clocks: how registration, grading and case updates start, pause, resume, stop, extend and re-plan
 * a case's clocks, and what a due warning or breach does. Pure: it changes the {@link CaseClocks} it is given and
 * returns what must be published; {@code now} is the service's clock.
 */
public final class ClockEngine {

    private final PolicyPack pack;
    private final CalendarCatalog calendars;
    private final Consumer<ClockKind> extensionRejected;

    /**
     * @param extensionRejected told of every extension the pack's bounds refuse, by clock kind
     */
    public ClockEngine(PolicyPack pack, CalendarCatalog calendars, Consumer<ClockKind> extensionRejected) {
        this.pack = pack;
        this.calendars = calendars;
        this.extensionRejected = extensionRejected;
    }

    /** This engine's rules on {@code next} calendars: clocks planned on older versions are re-planned on them. */
    public ClockEngine withCalendars(CalendarCatalog next) {
        return new ClockEngine(pack, next, extensionRejected);
    }

    /** The calendars this engine counts on. */
    public CalendarCatalog calendars() {
        return calendars;
    }

    /** The business time arithmetic of {@code clock}'s unit and calendar. */
    public BusinessTimeline timelineOf(Clock clock) {
        return timelineOf(clock.policy());
    }

    /** Starts the clocks that start on receipt, on the graded tier if grading came first, else the provisional one. */
    public List<ClockChange> onRegistered(CaseClocks clocks, ComplaintRegistered registered, long now) {
        List<ClockChange> changes = new ArrayList<>();
        if (!clocks.firstSight(registered.getEventId().toString()) || clocks.receivedAt().isPresent()) {
            return changes;
        }
        long receivedAt = registered.getReceivedAt().toEpochMilli();
        clocks.received(receivedAt);
        clocks.saw(ClockTrigger.RECEIVED);
        int tier = clocks.gradedTier().orElse(pack.provisionalTier());
        for (ClockPolicy policy : pack.clocksFor(tier)) {
            if (policy.startOn().contains(ClockTrigger.RECEIVED)) {
                startClock(clocks, policy, tier, receivedAt, now, changes);
            }
        }
        return changes;
    }

    /** Records the grade and, when the tier the clocks run on changes, re-plans them (see {@link #replan}). */
    public List<ClockChange> onGraded(CaseClocks clocks, ComplaintGraded graded, long now) {
        List<ClockChange> changes = new ArrayList<>();
        if (!clocks.firstSight(graded.getEventId().toString())) {
            return changes;
        }
        int previous = clocks.gradedTier().orElse(pack.provisionalTier());
        clocks.graded(graded.getTier());
        if (clocks.receivedAt().isPresent() && previous != graded.getTier()) {
            replan(clocks, graded.getTier(), now, changes);
        }
        return changes;
    }

    /** Applies a case update: stops, pauses, resumes or starts the clocks whose policy names it, or extends them. */
    public List<ClockChange> onUpdate(CaseClocks clocks, CaseUpdate update, long now) {
        List<ClockChange> changes = new ArrayList<>();
        if (!clocks.firstSight(update.getEventId().toString()) || clocks.receivedAt().isEmpty()) {
            return changes;
        }
        long at = update.getOccurredAt().toEpochMilli();
        if (update.getUpdateType() == CaseUpdateType.EXTENSION_GRANTED && update.getExtension() != null) {
            extend(clocks, update.getExtension(), now, changes);
            return changes;
        }
        Optional<ClockTrigger> fired = ClockTrigger.of(update.getUpdateType());
        if (fired.isEmpty()) {
            return changes;
        }
        ClockTrigger trigger = fired.get();
        clocks.saw(trigger);
        for (Clock clock : clocks.clocks()) {
            ClockPolicy policy = clock.policy();
            if (clock.status().isOpen() && policy.stopOn().contains(trigger)) {
                stop(clock, at, now, changes);
            } else if (clock.status() == ClockStatus.RUNNING && policy.pauseOn().contains(trigger)) {
                clock.pause(at);
                changes.add(change(SlaEventType.PAUSED, clock, at, now, null));
            } else if (clock.status() == ClockStatus.PAUSED && policy.resumeOn().contains(trigger)) {
                clock.resume(at);
                changes.add(change(SlaEventType.RESUMED, clock, at, now, null));
            }
        }
        int tier = clocks.gradedTier().orElse(pack.provisionalTier());
        for (ClockPolicy policy : pack.clocksFor(tier)) {
            if (clocks.clock(policy.kind()).isEmpty() && policy.startOn().contains(trigger)) {
                startClock(clocks, policy, tier, at, now, changes);
            }
        }
        return changes;
    }

    /**
     * Whether nothing of the case can fall due or start any more: it is registered, every clock of its tier has
     * started, and all its clocks are closed. Its state can then be dropped.
     */
    public boolean isFinished(CaseClocks clocks) {
        if (clocks.receivedAt().isEmpty() || clocks.hasOpenClocks()) {
            return false;
        }
        int tier = clocks.gradedTier().orElse(pack.provisionalTier());
        return pack.clocksFor(tier).stream().allMatch(policy -> clocks.clock(policy.kind()).isPresent());
    }

    /** Whether an open clock of the case was planned on an older version of its calendar than this engine's. */
    public boolean isOnOlderCalendar(CaseClocks clocks) {
        return clocks.clocks().stream().anyMatch(this::isOnOlderCalendar);
    }

    /**
     * Re-plans every open clock planned on an older version of its calendar: the same terms counted again from the
     * start on the calendar's current version, published as REPLANNED with the earlier deadline. A clock on the current
     * version is left alone, so each clock is re-planned once per version.
     */
    public List<ClockChange> onCalendarChanged(CaseClocks clocks, long now) {
        List<ClockChange> changes = new ArrayList<>();
        for (Clock clock : clocks.clocks()) {
            if (isOnOlderCalendar(clock)) {
                clock.replanOnCalendar(timelineOf(clock), now);
                changes.add(change(SlaEventType.REPLANNED, clock, now, now, null));
            }
        }
        return changes;
    }

    /**
     * Acts on a threshold of {@code kind} that fell due: raises the warning or the breach, unless the clock has moved
     * on (stopped, paused, already past this threshold, or re-planned so that it is no longer due), in which case
     * nothing happens.
     */
    public Optional<ClockChange> onDue(CaseClocks clocks, DueThreshold due, long now) {
        Optional<Clock> found = clocks.clock(due.kind());
        if (found.isEmpty() || found.get().status() != ClockStatus.RUNNING) {
            return Optional.empty();
        }
        Clock clock = found.get();
        if (due.isBreach()) {
            long deadline = clock.deadline(now, timelineOf(clock));
            if (deadline > now) {
                return Optional.empty();
            }
            clock.close(ClockStatus.BREACHED, deadline);
            return Optional.of(change(SlaEventType.BREACHED, clock, deadline, now, null));
        }
        if (clock.warningsRaised().contains(due.fraction()) || !clock.policy().warningFractions().contains(
                due.fraction())) {
            return Optional.empty();
        }
        long reachedAt = clock.dueAt(due.fraction(), timelineOf(clock));
        if (reachedAt > now) {
            return Optional.empty();
        }
        clock.raiseWarning(due.fraction());
        return Optional.of(change(SlaEventType.WARNING, clock, reachedAt, now, due.fraction()));
    }

    /**
     * Re-plans every open clock for {@code newTier}: a clock the new tier also defines takes the new tier's terms,
     * counted from the original start with the same pauses; a clock it lacks keeps running on its terms (an obligation
     * is never dropped silently); a clock only the new tier defines starts from receipt if it starts on receipt and its
     * stop event has not happened yet.
     */
    private void replan(CaseClocks clocks, int newTier, long now, List<ClockChange> changes) {
        long receivedAt = clocks.receivedAt().orElseThrow();
        for (ClockPolicy policy : pack.clocksFor(newTier)) {
            Optional<Clock> existing = clocks.clock(policy.kind());
            if (existing.isPresent()) {
                Clock clock = existing.get();
                if (clock.status().isOpen()) {
                    clock.replan(policy, pack.policyId(), newTier, timelineOf(policy), now);
                    changes.add(change(SlaEventType.REPLANNED, clock, now, now, null));
                }
            } else if (policy.startOn().contains(ClockTrigger.RECEIVED)
                    && policy.stopOn().stream().noneMatch(clocks::hasSeen)) {
                startClock(clocks, policy, newTier, receivedAt, now, changes);
            }
        }
    }

    private void extend(CaseClocks clocks, ExtensionGrant grant, long now, List<ClockChange> changes) {
        for (Clock clock : clocks.clocks()) {
            if (!clock.status().isOpen() || !clock.policy().isExtendable()) {
                continue;
            }
            ExtensionLimit limit = clock.policy().extensions();
            long room = limit.maxAmount() - clock.policy().target().amount() - clock.extendedAmount();
            long granted = Math.min(grant.getRequestedWorkingDays(), room);
            if (clock.extensionsGranted() >= limit.maxGrants() || granted <= 0) {
                extensionRejected.accept(clock.kind());
                continue;
            }
            clock.extend(granted, now);
            changes.add(change(SlaEventType.EXTENDED, clock, now, now, null));
        }
    }

    private void stop(Clock clock, long at, long now, List<ClockChange> changes) {
        BusinessTimeline timeline = timelineOf(clock);
        if (clock.elapsedAt(at, timeline) <= clock.targetMillis()) {
            clock.close(ClockStatus.MET, at);
            changes.add(change(SlaEventType.MET, clock, at, now, null));
            return;
        }
        // The deadline passed before the stop and before the due index reached it: the breach is still owed, once.
        long deadline = clock.dueAt(DueThreshold.BREACH, timeline);
        clock.close(ClockStatus.BREACHED, deadline);
        changes.add(change(SlaEventType.BREACHED, clock, deadline, now, null));
    }

    private void startClock(CaseClocks clocks, ClockPolicy policy, int tier, long at, long now,
            List<ClockChange> changes) {
        Clock clock = Clock.start(policy, pack.policyId(), tier, at, timelineOf(policy), now);
        clocks.add(clock);
        changes.add(change(SlaEventType.STARTED, clock, at, now, null));
    }

    private ClockChange change(SlaEventType type, Clock clock, long occurredAt, long now, Double warningFraction) {
        BusinessTimeline timeline = timelineOf(clock);
        boolean escalates = type == SlaEventType.WARNING || type == SlaEventType.BREACHED;
        long deadline = clock.deadline(now, timeline);
        Long previousDeadline = type == SlaEventType.REPLANNED ? clock.plannedDeadline().orElse(null) : null;
        int calendarVersion = timeline.calendar().version();
        clock.planned(deadline, calendarVersion);
        return new ClockChange(type, clock.kind(), clock.tier(), clock.policyId(), clock.policy().calendarId(),
                calendarVersion, occurredAt, deadline, clock.isProvisional(deadline, timeline), previousDeadline,
                clock.targetDescription(), clock.elapsedAt(occurredAt, timeline), warningFraction,
                escalates ? clock.policy().escalationTarget() : null, clock.plannedAt());
    }

    private boolean isOnOlderCalendar(Clock clock) {
        return clock.status().isOpen()
                && clock.calendarVersion() < calendars.get(clock.policy().calendarId()).version();
    }

    private BusinessTimeline timelineOf(ClockPolicy policy) {
        return calendars.get(policy.calendarId()).timeline(policy.target().unit());
    }
}
