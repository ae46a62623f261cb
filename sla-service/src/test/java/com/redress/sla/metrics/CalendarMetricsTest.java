package com.redress.sla.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import com.redress.sla.calendar.BusinessCalendar;
import com.redress.sla.calendar.CalendarCatalog;
import com.redress.sla.calendar.CurrentCalendars;
import com.redress.sla.calendar.TestCalendars;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;

class CalendarMetricsTest {

    /** 7 December 2026, 20:00 UTC: already 8 December in Shanghai, still the 7th in London. */
    private static final Clock EVENING_OF_7_DECEMBER = Clock.fixed(Instant.parse("2026-12-07T20:00:00Z"),
            ZoneOffset.UTC);
    private static final BusinessCalendar MAINLAND = TestCalendars.load(TestCalendars.yaml("CN-test", 2,
            "Asia/Shanghai", "2025-01-01", "2027-12-31",
            "provisional: [{from: 2027-01-01, to: 2027-12-31, reason: arrangement not yet published}]"));
    private static final BusinessCalendar LONDON = TestCalendars.load(TestCalendars.yaml("GB-test", 3,
            "Europe/London", "2025-01-01", "2026-12-31", ""));

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CurrentCalendars calendars = new CurrentCalendars(new CalendarCatalog(List.of(MAINLAND, LONDON)));

    @Test
    void shouldTellTheDaysOfCoverageAndOfSettledDatesLeftInEachCalendarsZone() {
        new CalendarMetrics(registry, calendars, Set.of("CN-test"), EVENING_OF_7_DECEMBER);

        assertThat(gauge(SlaMetricNames.CALENDAR_COVERAGE_DAYS_LEFT, "CN-test", "true")).isEqualTo(388);
        assertThat(gauge(SlaMetricNames.CALENDAR_SETTLED_DAYS_LEFT, "CN-test", "true")).isEqualTo(23);
        assertThat(gauge(SlaMetricNames.CALENDAR_COVERAGE_DAYS_LEFT, "GB-test", "false")).isEqualTo(24);
        assertThat(gauge(SlaMetricNames.CALENDAR_SETTLED_DAYS_LEFT, "GB-test", "false")).isEqualTo(24);
        assertThat(registry.get(SlaMetricNames.CALENDAR_VERSION).tag(SlaMetricNames.TAG_CALENDAR, "GB-test").gauge()
                .value()).isEqualTo(3);
    }

    @Test
    void shouldFollowTheCalendarsInForceAndTrackOnesAddedByAReload() {
        CalendarMetrics metrics = new CalendarMetrics(registry, calendars, Set.of("CN-test"), EVENING_OF_7_DECEMBER);
        BusinessCalendar londonExtended = TestCalendars.load(TestCalendars.yaml("GB-test", 4, "Europe/London",
                "2025-01-01", "2027-12-31", ""));
        BusinessCalendar added = TestCalendars.load(TestCalendars.yaml("NEW-test", 1, "UTC", "2026-01-01",
                "2026-12-31", ""));
        CalendarCatalog next = new CalendarCatalog(List.of(MAINLAND, londonExtended, added));

        calendars.replace(next);
        metrics.reloadApplied(next);

        assertThat(gauge(SlaMetricNames.CALENDAR_COVERAGE_DAYS_LEFT, "GB-test", "false")).isEqualTo(389);
        assertThat(gauge(SlaMetricNames.CALENDAR_COVERAGE_DAYS_LEFT, "NEW-test", "false")).isEqualTo(24);
    }

    private double gauge(String name, String calendar, String inUse) {
        return registry.get(name).tag(SlaMetricNames.TAG_CALENDAR, calendar).tag(SlaMetricNames.TAG_IN_USE, inUse)
                .gauge().value();
    }
}
