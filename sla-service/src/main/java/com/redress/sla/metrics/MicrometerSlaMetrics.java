package com.redress.sla.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.redress.events.sla.ClockKind;
import com.redress.events.sla.SlaEventType;
import com.redress.sla.clock.ClockChange;
import com.redress.sla.engine.SlaMetrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Records the SLA service's meters in Micrometer. */
public final class MicrometerSlaMetrics implements SlaMetrics {

    private static final Duration[] LATENESS_BUCKETS = {Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
        Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofHours(1)};

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> openClocks = new ConcurrentHashMap<>();
    private final AtomicLong met = new AtomicLong();
    private final AtomicLong closed = new AtomicLong();

    public MicrometerSlaMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder(SlaMetricNames.MET_RATIO, this, MicrometerSlaMetrics::metRatio)
                .description("Clocks met within target as a fraction of clocks closed since start")
                .register(registry);
    }

    /** Registers the open-clock gauge of {@code tier} and {@code kind} at zero, so dashboards see every series. */
    public void expect(int tier, ClockKind kind) {
        openClockGauge(tier, kind);
    }

    @Override
    public void openClocksChanged(int tier, ClockKind kind, int delta) {
        openClockGauge(tier, kind).addAndGet(delta);
    }

    @Override
    public void published(ClockChange change, long emittedAt) {
        String tier = Integer.toString(change.tier());
        String kind = change.kind().name();
        Counter.builder(SlaMetricNames.EVENTS)
                .tags(SlaMetricNames.TAG_TYPE, change.type().name(), SlaMetricNames.TAG_KIND, kind,
                        SlaMetricNames.TAG_TIER, tier)
                .register(registry)
                .increment();
        if (change.deadlineProvisional()) {
            Counter.builder(SlaMetricNames.PROVISIONAL_DEADLINES)
                    .description("SLA events published whose deadline was counted over dates the calendar does not know"
                            + " for certain")
                    .tags(SlaMetricNames.TAG_KIND, kind, SlaMetricNames.TAG_CALENDAR, change.calendarId())
                    .register(registry)
                    .increment();
        }
        if (change.type() == SlaEventType.MET || change.type() == SlaEventType.BREACHED) {
            boolean wasMet = change.type() == SlaEventType.MET;
            Counter.builder(SlaMetricNames.CLOSED_CLOCKS)
                    .tags(SlaMetricNames.TAG_OUTCOME, wasMet ? "met" : "breached", SlaMetricNames.TAG_KIND, kind,
                            SlaMetricNames.TAG_TIER, tier)
                    .register(registry)
                    .increment();
            closed.incrementAndGet();
            if (wasMet) {
                met.incrementAndGet();
            }
        }
        if (change.type() == SlaEventType.BREACHED) {
            // Measured from when the breach became knowable: a re-plan can move a deadline into the past.
            long knowableAt = Math.max(change.occurredAt(), change.plannedAt());
            Timer.builder(SlaMetricNames.BREACH_LATENESS)
                    .description("How long after its deadline each breach was published")
                    .tags(SlaMetricNames.TAG_KIND, kind)
                    .serviceLevelObjectives(LATENESS_BUCKETS)
                    .register(registry)
                    .record(Duration.ofMillis(Math.max(0, emittedAt - knowableAt)));
        }
    }

    @Override
    public void extensionRejected(ClockKind kind) {
        Counter.builder(SlaMetricNames.EXTENSIONS_REJECTED)
                .tags(SlaMetricNames.TAG_KIND, kind.name())
                .register(registry)
                .increment();
    }

    private AtomicLong openClockGauge(int tier, ClockKind kind) {
        return openClocks.computeIfAbsent(tier + "/" + kind.name(), key -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder(SlaMetricNames.OPEN_CLOCKS, value, AtomicLong::get)
                    .tags(SlaMetricNames.TAG_TIER, Integer.toString(tier), SlaMetricNames.TAG_KIND, kind.name())
                    .register(registry);
            return value;
        });
    }

    private double metRatio() {
        long all = closed.get();
        return all == 0 ? Double.NaN : (double) met.get() / all;
    }
}
