package com.redress.sla.config;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.redress.sla.calendar.BusinessCalendar;
import com.redress.sla.calendar.CalendarCatalog;
import com.redress.sla.calendar.CalendarEditions;
import com.redress.sla.calendar.CurrentCalendars;
import com.redress.sla.definition.InvalidDefinitionException;
import com.redress.sla.metrics.CalendarMetrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reads the calendar files again every {@code refresh} and puts a new edition in force when it is valid: every file
 * loads, the policy pack's calendars are all there, and every changed calendar has a higher version. Anything else is
 * refused with the reason in the log, and the calendars in force stay as they are. The clock processors then re-plan
 * the open clocks of each calendar whose version rose.
 */
final class CalendarReloader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CalendarReloader.class);

    private final CalendarFiles files;
    private final CurrentCalendars current;
    private final Set<String> inUse;
    private final CalendarMetrics metrics;
    private final Duration refresh;
    private ScheduledExecutorService scheduler;
    private String lastRefusal;

    CalendarReloader(CalendarFiles files, CurrentCalendars current, Set<String> inUse, CalendarMetrics metrics,
            Duration refresh) {
        this.files = files;
        this.current = current;
        this.inUse = Set.copyOf(inUse);
        this.metrics = metrics;
        this.refresh = refresh;
    }

    /** Reads the files once and puts them in force if they changed and may replace the calendars in force. */
    synchronized void reload() {
        CalendarCatalog next;
        try {
            next = files.read();
        } catch (InvalidDefinitionException | IllegalStateException | UncheckedIOException e) {
            refuse(e.getMessage());
            return;
        }
        CalendarCatalog before = current.catalog();
        if (!CalendarEditions.changed(before, next)) {
            lastRefusal = null;
            return;
        }
        List<String> problems = CalendarEditions.problems(before, next, inUse);
        if (!problems.isEmpty()) {
            refuse("Calendar files at " + files.location() + " refused:\n  - " + String.join("\n  - ", problems));
            return;
        }
        current.replace(next);
        lastRefusal = null;
        metrics.reloadApplied(next);
        for (BusinessCalendar calendar : next.all()) {
            int was = before.find(calendar.id()).map(BusinessCalendar::version).orElse(0);
            if (was != calendar.version()) {
                log.info("Calendar {} version {} is in force (was {}); it knows holidays from {} to {}, provisional {};"
                        + " its open clocks are re-planned", calendar.id(), calendar.version(), was == 0 ? "none" : was,
                        calendar.coveredFrom(), calendar.coveredUntil(), calendar.provisional());
            }
        }
    }

    private void refuse(String reason) {
        metrics.reloadRejected();
        if (!reason.equals(lastRefusal)) {
            log.error("The calendars in force stay as they are: {}", reason);
            lastRefusal = reason;
        }
    }

    @Override
    public synchronized void start() {
        if (refresh.isZero() || refresh.isNegative()) {
            log.info("Calendar files are read at start-up only (redress.sla.calendar-refresh is {})", refresh);
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "calendar-reloader");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::reloadLogged, refresh.toMillis(), refresh.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void reloadLogged() {
        try {
            reload();
        } catch (RuntimeException e) {
            log.error("Reading the calendar files failed; the calendars in force stay as they are", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
