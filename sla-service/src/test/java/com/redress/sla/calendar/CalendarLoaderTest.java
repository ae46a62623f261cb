package com.redress.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.redress.sla.definition.InvalidDefinitionException;

import org.junit.jupiter.api.Test;

class CalendarLoaderTest {

    @Test
    void shouldLoadEveryBundledCalendarWithinItsCoverage() {
        for (String name : Calendars.BUNDLED) {
            BusinessCalendar calendar = Calendars.bundled(name);

            assertThat(calendar.coveredUntil()).as(name).isAfterOrEqualTo(java.time.LocalDate.of(2026, 12, 31));
        }
    }

    @Test
    void shouldRejectAHolidayOutsideTheCoverageAndADayThatIsBothHolidayAndMakeUpDay() {
        String yaml = """
                id: broken
                zone: Asia/Shanghai
                workingDays: [MONDAY]
                coverage: {from: 2025-01-01, to: 2025-12-31}
                sources: [{title: test}]
                holidays:
                  - {date: 2026-01-01, name: outside}
                  - {date: 2025-05-01, name: twice}
                makeUpWorkingDays:
                  - {date: 2025-05-01, name: twice}
                """;

        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("broken.yaml")
                .hasMessageContaining("holidays[0] (2026-01-01..2026-01-01) lies outside the coverage")
                .hasMessageContaining("both holiday and make-up working day: [2025-05-01]");
    }

    @Test
    void shouldRejectAnUnknownTimeZoneAndAnUnknownField() {
        assertThatThrownBy(() -> load("""
                id: broken
                zone: Mars/Olympus
                workingDays: [MONDAY]
                coverage: {from: 2025-01-01, to: 2025-12-31}
                sources: [{title: test}]
                """)).hasMessageContaining("zone Mars/Olympus is not an IANA time zone id");
        assertThatThrownBy(() -> load("""
                id: broken
                zone: UTC
                workday: [MONDAY]
                """)).isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("workday");
    }

    private static BusinessCalendar load(String yaml) {
        return CalendarLoader.load("broken.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
