package com.redress.sla.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;
import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;
import static java.time.temporal.TemporalAdjusters.next;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.ibm.icu.util.EasterHoliday;
import com.ibm.icu.util.GregorianCalendar;

import org.junit.jupiter.api.Test;

/**
 * The holidays of the rule-based calendars, recomputed from the rules of their law, against the dates typed into the
 * files from the published lists. Easter comes from ICU's {@link EasterHoliday}, the other dates from java.time.
 */
class RuleBasedHolidaysTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 12, 31);

    @Test
    void shouldListTheUsFederalHolidaysOnTheDaysTheyAreObserved() {
        BusinessCalendar us = Calendars.bundled("us-eastern");
        Set<LocalDate> computed = new TreeSet<>();
        // 2028 too: New Year's Day 2028 is a Saturday, observed on Friday 31 December 2027
        for (int year = FIRST.getYear(); year <= LAST.getYear() + 1; year++) {
            computed.addAll(usFederalHolidaysObserved(year));
        }
        computed.removeIf(date -> date.isBefore(FIRST) || date.isAfter(LAST));

        assertThat(new TreeSet<>(us.holidays())).isEqualTo(computed);
        assertThat(computed).contains(LocalDate.of(2026, 7, 3), LocalDate.of(2027, 6, 18), LocalDate.of(2027, 7, 5),
                LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 31));
    }

    @Test
    void shouldListTheNewSouthWalesPublicHolidaysOfTheActAndTheBankHoliday() {
        BusinessCalendar au = Calendars.bundled("au-sydney");
        Set<LocalDate> computed = new TreeSet<>();
        for (int year = FIRST.getYear(); year <= LAST.getYear(); year++) {
            computed.addAll(nswHolidays(year));
        }
        // Public Holidays Amendment (Anzac Day) Order 2026: the Mondays after Anzac Day 2026 (a Saturday) and 2027
        // (a Sunday), declared by order; the Act itself gives no additional day for Anzac Day
        computed.addAll(Set.of(LocalDate.of(2026, 4, 27), LocalDate.of(2027, 4, 26)));

        assertThat(new TreeSet<>(au.holidays())).isEqualTo(computed);
    }

    @Test
    void shouldPutTheEasterBankHolidaysOfEnglandAndWalesAroundEasterSunday() {
        BusinessCalendar gb = Calendars.bundled("gb-england-wales");
        for (int year = FIRST.getYear(); year <= LAST.getYear(); year++) {
            LocalDate easter = easterSunday(year);
            Set<LocalDate> marchAndApril = gb.holidays().stream()
                    .filter(date -> date.getYear() == easter.getYear())
                    .filter(date -> date.getMonth() == Month.MARCH || date.getMonth() == Month.APRIL)
                    .collect(Collectors.toSet());

            assertThat(marchAndApril).as("%d: Good Friday and Easter Monday around %s", year, easter)
                    .containsExactlyInAnyOrder(easter.minusDays(2), easter.plusDays(1));
        }
    }

    @Test
    void shouldPutTheEasterPublicHolidaysOfNewSouthWalesFromGoodFridayToEasterMonday() {
        BusinessCalendar au = Calendars.bundled("au-sydney");
        for (int year = FIRST.getYear(); year <= LAST.getYear(); year++) {
            LocalDate easter = easterSunday(year);

            assertThat(au.holidays()).as("%d", year).contains(easter.minusDays(2), easter.minusDays(1), easter,
                    easter.plusDays(1));
        }
        assertThat(easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    }

    /**
     * The legal public holidays of 5 U.S.C. 6103(a) in {@code year}, each on the day a Monday-to-Friday employee has it:
     * the Friday before when it falls on a Saturday, the Monday after when on a Sunday (6103(b), Executive Order 11582).
     */
    private static Set<LocalDate> usFederalHolidaysObserved(int year) {
        Set<LocalDate> observed = new TreeSet<>();
        for (LocalDate fixed : new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 19),
                LocalDate.of(year, 7, 4), LocalDate.of(year, 11, 11), LocalDate.of(year, 12, 25)}) {
            observed.add(switch (fixed.getDayOfWeek()) {
                case SATURDAY -> fixed.minusDays(1);
                case SUNDAY -> fixed.plusDays(1);
                default -> fixed;
            });
        }
        observed.add(LocalDate.of(year, 1, 1).with(dayOfWeekInMonth(3, MONDAY))); // Birthday of Martin Luther King, Jr.
        observed.add(LocalDate.of(year, 2, 1).with(dayOfWeekInMonth(3, MONDAY))); // Washington's Birthday
        observed.add(LocalDate.of(year, 5, 1).with(lastInMonth(MONDAY))); // Memorial Day
        observed.add(LocalDate.of(year, 9, 1).with(firstInMonth(MONDAY))); // Labor Day
        observed.add(LocalDate.of(year, 10, 1).with(dayOfWeekInMonth(2, MONDAY))); // Columbus Day
        observed.add(LocalDate.of(year, 11, 1).with(dayOfWeekInMonth(4, THURSDAY))); // Thanksgiving Day
        return observed;
    }

    /**
     * The public holidays of section 4 of the Public Holidays Act 2010 (NSW) in {@code year}, with their additional
     * days, and the Bank Holiday of banks and financial institutions (Retail Trading Act 2008, s 14B).
     */
    private static Set<LocalDate> nswHolidays(int year) {
        Set<LocalDate> holidays = new TreeSet<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        holidays.add(newYear);
        if (isWeekend(newYear)) {
            holidays.add(newYear.with(next(MONDAY)));
        }
        LocalDate australiaDay = LocalDate.of(year, 1, 26);
        holidays.add(isWeekend(australiaDay) ? australiaDay.with(next(MONDAY)) : australiaDay);
        LocalDate easter = easterSunday(year);
        holidays.addAll(Set.of(easter.minusDays(2), easter.minusDays(1), easter, easter.plusDays(1)));
        holidays.add(LocalDate.of(year, 4, 25)); // Anzac Day, no additional day in the Act
        holidays.add(LocalDate.of(year, 6, 1).with(dayOfWeekInMonth(2, MONDAY))); // King's Birthday
        holidays.add(LocalDate.of(year, 8, 1).with(firstInMonth(MONDAY))); // Bank Holiday
        holidays.add(LocalDate.of(year, 10, 1).with(firstInMonth(MONDAY))); // Labour Day
        LocalDate christmas = LocalDate.of(year, 12, 25);
        LocalDate boxingDay = LocalDate.of(year, 12, 26);
        holidays.addAll(Set.of(christmas, boxingDay));
        for (LocalDate day : new LocalDate[] {christmas, boxingDay}) {
            if (isWeekend(day)) {
                holidays.add(day.plusDays(2)); // the following Monday from a Saturday, Tuesday from a Sunday
            }
        }
        return holidays;
    }

    /** Easter Sunday of {@code year}, by ICU (its rules count in ICU's default time zone, as read back here). */
    static LocalDate easterSunday(int year) {
        Date easter = EasterHoliday.EASTER_SUNDAY.firstBetween(new GregorianCalendar(year, 0, 1).getTime(),
                new GregorianCalendar(year + 1, 0, 1).getTime());
        GregorianCalendar calendar = new GregorianCalendar();
        calendar.setTime(easter);
        return LocalDate.of(calendar.get(GregorianCalendar.YEAR), calendar.get(GregorianCalendar.MONTH) + 1,
                calendar.get(GregorianCalendar.DAY_OF_MONTH));
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == SATURDAY || date.getDayOfWeek() == SUNDAY;
    }
}
