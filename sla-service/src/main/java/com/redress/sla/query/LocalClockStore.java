package com.redress.sla.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.redress.sla.calendar.BusinessTimeline;
import com.redress.sla.clock.CaseClocks;
import com.redress.sla.clock.Clock;
import com.redress.sla.clock.ClockEngine;
import com.redress.sla.clock.DueThreshold;
import com.redress.sla.engine.DueIndex;
import com.redress.sla.engine.SlaTopology;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Answers queries from the state stores of the tasks this instance runs. */
final class LocalClockStore {

    private final Supplier<ClockEngine> engines;

    LocalClockStore(Supplier<ClockEngine> engines) {
        this.engines = engines;
    }

    /** The clocks of {@code caseId}, if this instance holds the case. */
    Optional<List<ClockView>> clocksOf(KafkaStreams streams, String caseId, Instant now) {
        CaseClocks clocks = cases(streams).get(caseId);
        if (clocks == null) {
            return Optional.empty();
        }
        List<ClockView> views = new ArrayList<>();
        ClockEngine engine = engines.get();
        for (Clock clock : clocks.clocks()) {
            BusinessTimeline timeline = engine.timelineOf(clock);
            long deadline = clock.deadline(now.toEpochMilli(), timeline);
            views.add(new ClockView(caseId, clock.kind().name(), clock.status().name(), clock.tier(),
                    clock.policyId(), clock.policy().calendarId(), timeline.calendar().version(),
                    Instant.ofEpochMilli(clock.startedAt()), Instant.ofEpochMilli(deadline),
                    clock.isProvisional(deadline, timeline), clock.targetDescription(),
                    clock.elapsedAt(now.toEpochMilli(), timeline), clock.warningsRaised()));
        }
        return Optional.of(views);
    }

    /** The running clocks of local cases due between {@code now} and {@code until}, optionally of one tier. */
    List<AtRiskClock> atRisk(KafkaStreams streams, Instant now, Instant until, Optional<Integer> tier) {
        ReadOnlyKeyValueStore<String, CaseClocks> cases = cases(streams);
        ReadOnlyKeyValueStore<String, String> dueIndex = streams.store(StoreQueryParameters.fromNameAndType(
                SlaTopology.DUE_INDEX_STORE, QueryableStoreTypes.keyValueStore()));
        List<AtRiskClock> atRisk = new ArrayList<>();
        ClockEngine engine = engines.get();
        try (KeyValueIterator<String, String> due = dueIndex.range(DueIndex.firstDueAt(now.toEpochMilli()),
                DueIndex.lastDueAt(until.toEpochMilli()))) {
            while (due.hasNext()) {
                String key = due.next().key;
                DueThreshold threshold = DueIndex.thresholdOf(key);
                if (!threshold.isBreach()) {
                    continue;
                }
                CaseClocks clocks = cases.get(DueIndex.caseIdOf(key));
                Optional<Clock> clock = clocks == null ? Optional.empty() : clocks.clock(threshold.kind());
                if (clock.isEmpty() || tier.isPresent() && clock.get().tier() != tier.get()) {
                    continue;
                }
                BusinessTimeline timeline = engine.timelineOf(clock.get());
                atRisk.add(new AtRiskClock(clocks.caseId(), clock.get().tier(), threshold.kind().name(),
                        Instant.ofEpochMilli(threshold.dueAt()), clock.get().isProvisional(threshold.dueAt(), timeline),
                        clock.get().targetDescription(), clock.get().policy().escalationTarget()));
            }
        }
        return atRisk;
    }

    private static ReadOnlyKeyValueStore<String, CaseClocks> cases(KafkaStreams streams) {
        return streams.store(StoreQueryParameters.fromNameAndType(SlaTopology.CASE_STORE,
                QueryableStoreTypes.keyValueStore()));
    }
}
