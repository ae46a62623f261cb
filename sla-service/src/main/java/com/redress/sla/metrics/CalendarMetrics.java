package com.redress.sla.metrics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

import com.redress.sla.calendar.BusinessCalendar;
import com.redress.sla.calendar.CalendarCatalog;
import com.redress.sla.calendar.CurrentCalendars;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The business calendars' meters: per calendar, days of coverage and of settled dates left from today in the calendar's
 * zone, and its version in force; and the outcomes of reloads. A calendar no longer loaded reads as NaN.
 */
public final class CalendarMetrics {

    private final MeterRegistry registry;
    private final CurrentCalendars calendars;
    private final Set<String> inUse;
    private final Clock clock;
    private final Map<String, Boolean> tracked = new ConcurrentHashMap<>();

    public CalendarMetrics(MeterRegistry registry, CurrentCalendars calendars, Set<String> inUse, Clock clock) {
        this.registry = registry;
        this.calendars = calendars;
        this.inUse = Set.copyOf(inUse);
        this.clock = clock;
        track(calendars.catalog());
        reloadCounter("applied");
        reloadCounter("rejected");
    }

    public void reloadApplied(CalendarCatalog catalog) {
        track(catalog);
        reloadCounter("applied").increment();
    }

    public void reloadRejected() {
        reloadCounter("rejected").increment();
    }

    private void track(CalendarCatalog catalog) {
        for (BusinessCalendar calendar : catalog.all()) {
            tracked.computeIfAbsent(calendar.id(), id -> {
                String used = Boolean.toString(inUse.contains(id));
                gauge(SlaMetricNames.CALENDAR_COVERAGE_DAYS_LEFT, id, used,
                        "Days from today to the last date whose holidays the calendar knows", this::coverageDaysLeft);
                gauge(SlaMetricNames.CALENDAR_SETTLED_DAYS_LEFT, id, used,
                        "Days from today to the last date whose holidays the calendar knows for certain",
                        this::settledDaysLeft);
                Gauge.builder(SlaMetricNames.CALENDAR_VERSION, () -> calendars.catalog().find(id)
                                .map(found -> (double) found.version()).orElse(Double.NaN))
                        .description("Version of the calendar in force")
                        .tags(SlaMetricNames.TAG_CALENDAR, id)
                        .register(registry);
                return true;
            });
        }
    }

    private void gauge(String name, String id, String used, String description,
            ToDoubleFunction<BusinessCalendar> value) {
        Gauge.builder(name, () -> calendars.catalog().find(id).map(value::applyAsDouble).orElse(Double.NaN))
                .description(description)
                .tags(SlaMetricNames.TAG_CALENDAR, id, SlaMetricNames.TAG_IN_USE, used)
                .register(registry);
    }

    private double coverageDaysLeft(BusinessCalendar calendar) {
        return ChronoUnit.DAYS.between(today(calendar), calendar.coveredUntil());
    }

    private double settledDaysLeft(BusinessCalendar calendar) {
        LocalDate today = today(calendar);
        return ChronoUnit.DAYS.between(today, calendar.firstUnsettledFrom(today).minusDays(1));
    }

    private LocalDate today(BusinessCalendar calendar) {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }

    private Counter reloadCounter(String outcome) {
        return Counter.builder(SlaMetricNames.CALENDAR_RELOADS)
                .description("Reloads of the calendar files that changed them, by whether they were put in force")
                .tags(SlaMetricNames.TAG_OUTCOME, outcome)
                .register(registry);
    }
}
