package com.redress.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;

import org.junit.jupiter.api.Test;

/**
 * The mainland calendar against the statutory public holidays computed by {@link MainlandStatutoryHolidays}: in a
 * provisional year the file holds exactly those days, and the official arrangement of a settled year contains them all.
 */
class MainlandStatutoryHolidaysTest {

    private static final BusinessCalendar CN = Calendars.bundled("cn-mainland");

    @Test
    void shouldListExactlyTheStatutoryHolidaysInTheProvisionalYear2027() {
        assertThat(CN.provisional())
                .containsExactly(new BusinessCalendar.DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
        List<MainlandStatutoryHolidays.Holiday> statutory = MainlandStatutoryHolidays.of(2027);

        assertThat(datesIn(CN.holidays(), 2027))
                .withFailMessage(() -> "cn-mainland.yaml lists for 2027 the holidays " + datesIn(CN.holidays(), 2027)
                        + " but should list exactly the statutory ones, these lines:\n"
                        + MainlandStatutoryHolidays.yaml(statutory))
                .isEqualTo(dates(statutory));
        assertThat(datesIn(CN.makeUpWorkingDays(), 2027)).as("make-up working days in 2027").isEmpty();
    }

    @Test
    void shouldFindEveryStatutoryHolidayInsideTheOfficialArrangementsOf2025And2026() {
        for (int year : new int[] {2025, 2026}) {
            assertThat(CN.isSettled(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))).as("%d settled", year).isTrue();
            List<MainlandStatutoryHolidays.Holiday> statutory = MainlandStatutoryHolidays.of(year);
            Set<LocalDate> missing = new TreeSet<>(dates(statutory));
            missing.removeAll(CN.holidays());

            assertThat(missing)
                    .withFailMessage(() -> "the official arrangement of " + year + " in cn-mainland.yaml lacks the "
                            + "statutory holidays " + missing + "; the file should hold at least these days:\n"
                            + MainlandStatutoryHolidays.yaml(statutory))
                    .isEmpty();
        }
    }

    @Test
    void shouldComputeTheFestivalDaysOfTheOfficialArrangementsAndOfAnEphemeris() {
        // The festival days inside the official arrangements (国办发明电〔2024〕12号 for 2025, the notice of
        // 4 November 2025 for 2026): 除夕 28 January 2025, 清明 4 April, 端午 31 May, 中秋 6 October (within 1-8 October);
        // 除夕 16 February 2026, 清明 5 April, 端午 19 June, 中秋 25 September.
        assertThat(MainlandStatutoryHolidays.of(2025)).extracting(MainlandStatutoryHolidays.Holiday::from)
                .containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 28), LocalDate.of(2025, 4, 4),
                        LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), LocalDate.of(2025, 10, 6),
                        LocalDate.of(2025, 10, 1));
        assertThat(MainlandStatutoryHolidays.of(2026)).extracting(MainlandStatutoryHolidays.Holiday::from)
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 4, 5),
                        LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 19), LocalDate.of(2026, 9, 25),
                        LocalDate.of(2026, 10, 1));
        // 2027 from an ephemeris (PyEphem), in Beijing time: new moons on 6 February 23:56 (so 正月初一 is 6 February and
        // 除夕 the 5th), 5 June 03:40 (五月初五 is 9 June) and 1 September 01:41 (八月十五 is 15 September), no leap
        // month in 2027; the Sun reaches longitude 15 degrees on 5 April at about 08:13 (清明).
        assertThat(MainlandStatutoryHolidays.of(2027)).extracting(MainlandStatutoryHolidays.Holiday::from)
                .containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 5), LocalDate.of(2027, 4, 5),
                        LocalDate.of(2027, 5, 1), LocalDate.of(2027, 6, 9), LocalDate.of(2027, 9, 15),
                        LocalDate.of(2027, 10, 1));
    }

    @Test
    void shouldReckonTheSameLunarDatesWithIcuExceptTheFirstMonthOf2027() {
        // A second reckoning of the lunar calendar, by ICU's ChineseCalendar, for every date the calendar covers. They
        // agree except for 正月 2027: its new moon falls at 15:56 UT on 6 February, four minutes before midnight in
        // Beijing, and ICU's coarser lunar theory puts it after midnight, starting the year on 7 February. That is why
        // the holidays are computed with the lunar library. (lunar marks a leap month with a negative number.)
        ChineseCalendar chinese = new ChineseCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        Set<LocalDate> disagreements = new TreeSet<>();
        for (LocalDate date = CN.coveredFrom(); !date.isAfter(CN.coveredUntil()); date = date.plusDays(1)) {
            chinese.setTimeInMillis(date.atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli());
            int icuMonth = chinese.get(ChineseCalendar.MONTH) + 1;
            boolean icuLeap = chinese.get(ChineseCalendar.IS_LEAP_MONTH) == 1;
            Lunar lunar = Solar.fromYmd(date.getYear(), date.getMonthValue(), date.getDayOfMonth()).getLunar();
            if (lunar.getMonth() != (icuLeap ? -icuMonth : icuMonth)
                    || lunar.getDay() != chinese.get(ChineseCalendar.DAY_OF_MONTH)) {
                disagreements.add(date);
            }
        }

        assertThat(disagreements).containsExactlyElementsOf(
                LocalDate.of(2027, 2, 6).datesUntil(LocalDate.of(2027, 3, 8)).toList());
    }

    private static Set<LocalDate> dates(List<MainlandStatutoryHolidays.Holiday> holidays) {
        return holidays.stream().flatMap(MainlandStatutoryHolidays.Holiday::dates)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<LocalDate> datesIn(Set<LocalDate> dates, int year) {
        return dates.stream().filter(date -> date.getYear() == year).collect(Collectors.toCollection(TreeSet::new));
    }
}
