package com.redress.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.redress.sla.definition.InvalidDefinitionException;

import org.junit.jupiter.api.Test;

class CalendarLoaderTest {

    @Test
    void shouldLoadEveryBundledCalendarWithinItsCoverage() {
        for (String name : Calendars.BUNDLED) {
            BusinessCalendar calendar = Calendars.bundled(name);

            assertThat(calendar.coveredUntil()).as(name).isAfterOrEqualTo(LocalDate.of(2027, 12, 31));
        }
    }

    @Test
    void shouldLoadAVersionAndProvisionalPeriodsAndTellSettledDates() {
        BusinessCalendar calendar = load("""
                id: edition
                version: 3
                zone: Asia/Shanghai
                workingDays: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]
                coverage: {from: 2025-01-01, to: 2027-12-31}
                provisional:
                  - {from: 2027-01-01, to: 2027-12-31, reason: arrangement not yet published}
                sources: [{title: test}]
                """);

        assertThat(calendar.version()).isEqualTo(3);
        assertThat(calendar.isSettled(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(calendar.isSettled(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.isSettled(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 2))).isFalse();
        assertThat(calendar.firstUnsettledFrom(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(calendar.firstUnsettledFrom(LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(calendar.firstUnsettledFrom(LocalDate.of(2024, 6, 1))).isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @Test
    void shouldRejectAMissingVersionAndAProvisionalPeriodWithoutReasonOrOutsideTheCoverage() {
        assertThatThrownBy(() -> load("""
                id: broken
                zone: UTC
                workingDays: [MONDAY]
                coverage: {from: 2025-01-01, to: 2025-12-31}
                provisional:
                  - {from: 2025-12-01, to: 2026-01-31}
                sources: [{title: test}]
                """))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("version must be a whole number from 1")
                .hasMessageContaining("provisional[0] needs a reason")
                .hasMessageContaining("provisional[0] (2025-12-01..2026-01-31) lies outside the coverage");
    }

    @Test
    void shouldRejectAHolidayOutsideTheCoverageAndADayThatIsBothHolidayAndMakeUpDay() {
        String yaml = """
                id: broken
                version: 1
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
                version: 1
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
