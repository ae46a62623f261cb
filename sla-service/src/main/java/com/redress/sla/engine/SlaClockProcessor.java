package com.redress.sla.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.sla.ClockKind;
import com.redress.events.sla.SlaEvent;
import com.redress.sla.clock.CaseClocks;
import com.redress.sla.clock.Clock;
import com.redress.sla.clock.ClockChange;
import com.redress.sla.clock.ClockEngine;
import com.redress.sla.clock.DueThreshold;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the clocks of the cases of one task: applies registrations, grades and case updates to the case's clock state,
 * keeps the due-time index in step, and each wall-clock tick publishes the warnings and breaches that fell due.
 *
 * <p>State, index and output are written in one Kafka transaction under exactly-once, so a threshold is published once:
 * after a crash the index entry is still there and is published on recovery, flagged late.
 *
 * <p>When a newer version of a calendar comes into force (a reload, or a start with new calendar files), the clocks
 * planned on an older one are re-planned: a case's clocks before anything else is done with the case, and every other
 * case by a scan of the store that each tick advances by a bounded number of cases. Each clock records the version it
 * was planned on in its state, in the same transaction as the REPLANNED event, so it is re-planned once per version
 * whatever the restarts and rebalances.
 */
final class SlaClockProcessor implements Processor<String, SpecificRecord, String, SlaEvent> {

    private static final Logger log = LoggerFactory.getLogger(SlaClockProcessor.class);

    private final Supplier<ClockEngine> engines;
    private final SlaMetrics metrics;
    private final SlaEngineSettings settings;
    private final Map<OpenClockKey, Integer> openClocksCounted = new HashMap<>();

    private ProcessorContext<String, SlaEvent> context;
    private KeyValueStore<String, CaseClocks> cases;
    private KeyValueStore<String, String> dueIndex;
    private ClockEngine engine;
    /** Whether a scan for clocks on older calendars is under way, and the last case it looked at (null: none yet). */
    private boolean replanning;
    private String replannedUpTo;

    SlaClockProcessor(Supplier<ClockEngine> engines, SlaMetrics metrics, SlaEngineSettings settings) {
        this.engines = engines;
        this.metrics = metrics;
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, SlaEvent> context) {
        this.context = context;
        this.cases = context.getStateStore(SlaTopology.CASE_STORE);
        this.dueIndex = context.getStateStore(DueIndex.STORE);
        this.engine = engines.get();
        countRestoredOpenClocks();
        context.schedule(settings.tick(), PunctuationType.WALL_CLOCK_TIME, this::tick);
    }

    @Override
    public void process(Record<String, SpecificRecord> record) {
        String caseId = record.key();
        if (caseId == null || record.value() == null) {
            log.warn("Skipped a record without a case id key or value from {}",
                    context.recordMetadata().map(RecordMetadata::topic).orElse("an unknown topic"));
            return;
        }
        long now = context.currentSystemTimeMs();
        followCalendars();
        CaseClocks clocks = cases.get(caseId);
        CaseClocks state = clocks == null ? new CaseClocks(caseId) : clocks;
        Map<OpenClockKey, Integer> before = openClocks(state);
        List<ClockChange> changes = new ArrayList<>(onCurrentCalendars(state, now));
        changes.addAll(apply(state, record.value(), now));
        settle(state, before, changes, now);
    }

    private void tick(long now) {
        followCalendars();
        replanSomeCases(now);
        publishDue(now);
    }

    /** Takes the calendars in force; when they changed, starts a scan for the clocks planned on older versions. */
    private void followCalendars() {
        ClockEngine current = engines.get();
        if (current.calendars() != engine.calendars()) {
            engine = current;
            replanning = true;
            replannedUpTo = null;
        }
    }

    /** Re-plans the clocks of {@code state} planned on older calendar versions, if any. */
    private List<ClockChange> onCurrentCalendars(CaseClocks state, long now) {
        if (!engine.isOnOlderCalendar(state)) {
            return List.of();
        }
        for (Clock clock : state.clocks()) {
            // State written before deadlines were recorded: the breach entry of the index holds the last one.
            clock.dueKeys().stream().map(DueIndex::thresholdOf).filter(DueThreshold::isBreach).findFirst()
                    .ifPresent(breach -> clock.recallPlannedDeadline(breach.dueAt()));
        }
        return engine.onCalendarChanged(state, now);
    }

    /** Advances the scan for clocks on older calendars by at most {@code maxDuePerTick} cases. */
    private void replanSomeCases(long now) {
        if (!replanning) {
            return;
        }
        List<CaseClocks> stale = new ArrayList<>();
        int scanned = 0;
        try (KeyValueIterator<String, CaseClocks> all = replannedUpTo == null ? cases.all()
                : cases.range(replannedUpTo, null)) {
            while (all.hasNext() && scanned < settings.maxDuePerTick()) {
                KeyValue<String, CaseClocks> entry = all.next();
                if (entry.key.equals(replannedUpTo)) {
                    continue;
                }
                scanned++;
                replannedUpTo = entry.key;
                if (engine.isOnOlderCalendar(entry.value)) {
                    stale.add(entry.value);
                }
            }
            replanning = all.hasNext();
        }
        for (CaseClocks state : stale) {
            settle(state, openClocks(state), onCurrentCalendars(state, now), now);
        }
        if (!replanning) {
            log.info("Clocks of this task are on the current calendar versions");
        }
    }

    private List<ClockChange> apply(CaseClocks state, SpecificRecord event, long now) {
        if (event instanceof ComplaintRegistered registered) {
            return engine.onRegistered(state, registered, now);
        }
        if (event instanceof ComplaintGraded graded) {
            return engine.onGraded(state, graded, now);
        }
        if (event instanceof CaseUpdate update) {
            return engine.onUpdate(state, update, now);
        }
        return List.of();
    }

    /** Publishes every threshold due by now, earliest first, at most {@code maxDuePerTick} per tick. */
    private void publishDue(long now) {
        List<String> dueKeys = new ArrayList<>();
        try (KeyValueIterator<String, String> due = dueIndex.range(DueIndex.first(), DueIndex.lastDueAt(now))) {
            while (due.hasNext() && dueKeys.size() < settings.maxDuePerTick()) {
                dueKeys.add(due.next().key);
            }
        }
        for (String key : dueKeys) {
            dueIndex.delete(key);
            CaseClocks state = cases.get(DueIndex.caseIdOf(key));
            if (state == null) {
                continue;
            }
            Map<OpenClockKey, Integer> before = openClocks(state);
            DueThreshold threshold = DueIndex.thresholdOf(key);
            state.clock(threshold.kind()).ifPresent(clock -> clock.replaceDueKeys(
                    clock.dueKeys().stream().filter(registered -> !registered.equals(key)).toList()));
            List<ClockChange> changes = new ArrayList<>(onCurrentCalendars(state, now));
            engine.onDue(state, threshold, now).ifPresent(changes::add);
            settle(state, before, changes, now);
        }
        if (dueKeys.size() == settings.maxDuePerTick()) {
            log.warn("More than {} thresholds were due at one tick; the rest follow on the next ticks",
                    settings.maxDuePerTick());
        }
    }

    /** Publishes {@code changes}, re-indexes the case's clocks and stores or drops its state. */
    private void settle(CaseClocks state, Map<OpenClockKey, Integer> before, List<ClockChange> changes, long now) {
        for (ClockChange change : changes) {
            SlaEvent event = SlaEvents.of(state.caseId(), change, now, settings.onTimeTolerance().toMillis());
            context.forward(new Record<>(state.caseId(), event, now));
            metrics.published(change, now);
        }
        reindex(state);
        if (engine.isFinished(state)) {
            cases.delete(state.caseId());
        } else if (state.receivedAt().isPresent() || state.gradedTier().isPresent()) {
            cases.put(state.caseId(), state);
        }
        countOpenClocks(before, -1);
        countOpenClocks(openClocks(state), 1);
    }

    private void reindex(CaseClocks state) {
        for (Clock clock : state.clocks()) {
            List<String> wanted = clock.pendingThresholds(engine.timelineOf(clock)).stream()
                    .map(threshold -> DueIndex.key(state.caseId(), threshold))
                    .toList();
            List<String> registered = clock.dueKeys();
            if (wanted.equals(registered)) {
                continue;
            }
            registered.stream().filter(key -> !wanted.contains(key)).forEach(dueIndex::delete);
            wanted.stream().filter(key -> !registered.contains(key)).forEach(key -> dueIndex.put(key, ""));
            clock.replaceDueKeys(wanted);
        }
    }

    /** Counts the clocks of the restored state once, as the gauge follows only changes afterwards. */
    private void countRestoredOpenClocks() {
        try (KeyValueIterator<String, CaseClocks> all = cases.all()) {
            while (all.hasNext()) {
                KeyValue<String, CaseClocks> entry = all.next();
                countOpenClocks(openClocks(entry.value), 1);
                replanning |= engine.isOnOlderCalendar(entry.value);
            }
        }
    }

    private void countOpenClocks(Map<OpenClockKey, Integer> counts, int sign) {
        counts.forEach((key, count) -> {
            metrics.openClocksChanged(key.tier(), key.kind(), sign * count);
            openClocksCounted.merge(key, sign * count, Integer::sum);
        });
    }

    private static Map<OpenClockKey, Integer> openClocks(CaseClocks state) {
        Map<OpenClockKey, Integer> counts = new HashMap<>();
        for (Clock clock : state.clocks()) {
            if (clock.status().isOpen()) {
                counts.merge(new OpenClockKey(clock.tier(), clock.kind()), 1, Integer::sum);
            }
        }
        return counts;
    }

    @Override
    public void close() {
        // The task moves elsewhere or stops: its clocks are no longer this instance's to count.
        openClocksCounted.forEach((key, count) -> metrics.openClocksChanged(key.tier(), key.kind(), -count));
        openClocksCounted.clear();
    }

    private record OpenClockKey(int tier, ClockKind kind) {
    }
}
