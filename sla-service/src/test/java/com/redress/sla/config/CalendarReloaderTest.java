package com.redress.sla.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import com.redress.sla.calendar.BusinessCalendar;
import com.redress.sla.calendar.CurrentCalendars;
import com.redress.sla.calendar.TestCalendars;
import com.redress.sla.metrics.CalendarMetrics;
import com.redress.sla.metrics.SlaMetricNames;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Reloading calendar files from a directory: what is put in force, and what is refused with the old kept. */
class CalendarReloaderTest {

    @TempDir
    Path directory;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private CurrentCalendars current;
    private CalendarReloader reloader;

    @BeforeEach
    void startWithVersionOne() throws IOException {
        write("test-in-use.yaml", calendar("TEST-in-use", 1, ""));
        write("test-spare.yaml", calendar("TEST-spare", 1, ""));
        CalendarFiles files = new CalendarFiles(new PathMatchingResourcePatternResolver(),
                directory.toUri() + "*.yaml");
        current = new CurrentCalendars(files.read());
        CalendarMetrics metrics = new CalendarMetrics(registry, current, Set.of("TEST-in-use"), Clock.systemUTC());
        reloader = new CalendarReloader(files, current, Set.of("TEST-in-use"), metrics, Duration.ZERO);
    }

    @Test
    void shouldPutAHigherVersionInForce() throws IOException {
        write("test-in-use.yaml", calendar("TEST-in-use", 2, "holidays: [{date: 2026-05-01, name: Labour Day}]"));

        reloader.reload();

        assertThat(inForce("TEST-in-use").version()).isEqualTo(2);
        assertThat(inForce("TEST-in-use").isWorkingDay(java.time.LocalDate.of(2026, 5, 1))).isFalse();
        assertThat(reloads("applied")).isEqualTo(1);
        assertThat(reloads("rejected")).isZero();
    }

    @Test
    void shouldNotCountFilesThatDidNotChange() {
        reloader.reload();
        reloader.reload();

        assertThat(reloads("applied")).isZero();
        assertThat(reloads("rejected")).isZero();
    }

    @Test
    void shouldRefuseAnInvalidFileAndKeepEveryCalendarInForce() throws IOException {
        write("test-spare.yaml", calendar("TEST-spare", 2, ""));
        write("test-in-use.yaml", "id: TEST-in-use\nversion: 2\nzone: Nowhere/Atlantis\n");

        reloader.reload();

        assertThat(inForce("TEST-in-use").version()).isEqualTo(1);
        assertThat(inForce("TEST-spare").version()).as("all or nothing").isEqualTo(1);
        assertThat(reloads("rejected")).isEqualTo(1);
    }

    @Test
    void shouldRefuseAChangeThatKeptItsVersion() throws IOException {
        write("test-in-use.yaml", calendar("TEST-in-use", 1, "holidays: [{date: 2026-05-01, name: Labour Day}]"));

        reloader.reload();

        assertThat(inForce("TEST-in-use").holidays()).isEmpty();
        assertThat(reloads("rejected")).isEqualTo(1);
    }

    @Test
    void shouldRefuseALowerVersion() throws IOException {
        write("test-in-use.yaml", calendar("TEST-in-use", 2, ""));
        reloader.reload();
        write("test-in-use.yaml", calendar("TEST-in-use", 1, ""));

        reloader.reload();

        assertThat(inForce("TEST-in-use").version()).isEqualTo(2);
        assertThat(reloads("rejected")).isEqualTo(1);
    }

    @Test
    void shouldRefuseToDropACalendarThePolicyPackUsesButLetASpareOneGo() throws IOException {
        Files.delete(directory.resolve("test-in-use.yaml"));
        reloader.reload();
        assertThat(current.catalog().find("TEST-in-use")).isPresent();
        assertThat(reloads("rejected")).isEqualTo(1);

        write("test-in-use.yaml", calendar("TEST-in-use", 1, ""));
        Files.delete(directory.resolve("test-spare.yaml"));
        reloader.reload();
        assertThat(current.catalog().find("TEST-spare")).isEmpty();
        assertThat(reloads("applied")).isEqualTo(1);
    }

    private BusinessCalendar inForce(String id) {
        return current.catalog().get(id);
    }

    private double reloads(String outcome) {
        return registry.get(SlaMetricNames.CALENDAR_RELOADS).tag(SlaMetricNames.TAG_OUTCOME, outcome).counter().count();
    }

    private void write(String file, String content) throws IOException {
        Files.writeString(directory.resolve(file), content);
    }

    private static String calendar(String id, int version, String extra) {
        return TestCalendars.yaml(id, version, "Europe/London", "2026-01-01", "2026-12-31", extra);
    }
}
