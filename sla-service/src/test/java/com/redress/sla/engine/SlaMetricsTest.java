package com.redress.sla.engine;

import static com.redress.sla.CaseEvents.graded;
import static com.redress.sla.CaseEvents.registered;
import static com.redress.sla.CaseEvents.update;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.redress.events.intake.CaseUpdateType;
import com.redress.sla.metrics.MicrometerSlaMetrics;
import com.redress.sla.metrics.SlaMetricNames;
import com.redress.sla.policy.Policies;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlaMetricsTest {

    private static final Instant MONDAY_10AM = Instant.parse("2025-03-10T02:00:00Z");

    @TempDir
    Path stateDir;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerSlaMetrics metrics = new MicrometerSlaMetrics(registry);

    @Test
    void shouldCountOpenClocksByTierAndKindAndFollowARegrade() {
        try (SlaDriver sla = new SlaDriver(Policies.bundled("redress-default"), MONDAY_10AM, metrics, stateDir)) {
            sla.send(registered("a", MONDAY_10AM));
            sla.send(registered("b", MONDAY_10AM));
            sla.send(graded("b", 1, MONDAY_10AM));

            assertThat(openClocks("3", "ACKNOWLEDGE")).isEqualTo(1);
            assertThat(openClocks("1", "ACKNOWLEDGE")).isEqualTo(1);
            assertThat(openClocks("1", "EMERGENCY_RESPONSE")).isEqualTo(1);
            // Tier 1 has no FIRST_RESPONSE clock, but the provisional tier's one keeps running on its terms
            assertThat(openClocks("3", "FIRST_RESPONSE")).isEqualTo(2);
        }
    }

    @Test
    void shouldRecordTheMetRatioAndTheLatenessOfEachBreach() {
        try (SlaDriver sla = new SlaDriver(Policies.bundled("redress-default"), MONDAY_10AM, metrics, stateDir)) {
            sla.send(registered("met", MONDAY_10AM));
            sla.send(registered("breached", MONDAY_10AM));
            sla.send(update("met", CaseUpdateType.ACKNOWLEDGED, MONDAY_10AM.plusSeconds(60)));

            sla.advanceTo(MONDAY_10AM.plus(Duration.ofHours(24)).plusMillis(300));

            Timer lateness = registry.get(SlaMetricNames.BREACH_LATENESS).tag("kind", "ACKNOWLEDGE").timer();
            assertThat(lateness.count()).isEqualTo(1);
            assertThat(lateness.max(TimeUnit.MILLISECONDS)).isEqualTo(300);
            assertThat(registry.get(SlaMetricNames.CLOSED_CLOCKS).tag("outcome", "met").counter().count())
                    .isEqualTo(1);
            assertThat(registry.get(SlaMetricNames.CLOSED_CLOCKS).tag("outcome", "breached").counter().count())
                    .isEqualTo(1);
            assertThat(registry.get(SlaMetricNames.MET_RATIO).gauge().value()).isEqualTo(0.5);
            assertThat(registry.get(SlaMetricNames.EVENTS).tag("type", "WARNING").counters()).isNotEmpty();
            assertThat(openClocks("3", "ACKNOWLEDGE")).isZero();
        }
    }

    private double openClocks(String tier, String kind) {
        return registry.get(SlaMetricNames.OPEN_CLOCKS).tag("tier", tier).tag("kind", kind).gauge().value();
    }
}
