package com.redress.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * Deadlines on the shipped calendars around 7 December 2026, across New Year 2027 and the holidays of 2027. Every
 * expected date was counted by hand from the holiday lists cited in each example; the day of receipt is never counted
 * in day units, and the deadline is the local midnight ending the last counted day.
 */
class BundledCalendarDeadlinesTest {

    private static final BusinessCalendar CN = Calendars.bundled("cn-mainland");
    private static final BusinessCalendar GB = Calendars.bundled("gb-england-wales");
    private static final BusinessCalendar US = Calendars.bundled("us-eastern");
    private static final BusinessCalendar AU = Calendars.bundled("au-sydney");
    private static final BusinessCalendar EU = Calendars.bundled("eu-weekdays");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void shouldCountMainlandWorkingDaysAcrossNewYear2027() {
        BusinessTimeline workingDays = CN.timeline(TargetUnit.WORKING_DAYS);
        // 2026 notice: no holiday or make-up day in December 2026. Statutory 2027 (provisional): 元旦 Friday 1 January.
        // From Monday 7 December: 8-11 Dec (4), 14-18 (9), 21-25 (14), 28 Dec (15)
        assertThat(workingDays.plus(at("2026-12-07T10:00", SHANGHAI), 15)).isEqualTo(at("2026-12-29T00:00", SHANGHAI));
        // ... 29-31 Dec (18), 1 Jan holiday, 4-8 Jan (23), 11-15 Jan (28), 18 Jan (29), 19 Jan (30)
        assertThat(workingDays.plus(at("2026-12-07T10:00", SHANGHAI), 30)).isEqualTo(at("2027-01-20T00:00", SHANGHAI));
        // Thursday 31 December: 1 January is a holiday, 2-3 January a weekend, Monday 4 January (1)
        assertThat(workingDays.plus(at("2026-12-31T15:00", SHANGHAI), 1)).isEqualTo(at("2027-01-05T00:00", SHANGHAI));
    }

    @Test
    void shouldCountMainlandWorkingDaysAcrossTheSpringFestival2027() {
        // Statutory 2027 (provisional): 春节 除夕 Friday 5 February to 正月初三 Monday 8 February. From Monday 25 January:
        // 26-29 Jan (4), 1-4 Feb (8), 5 Feb holiday, 6-7 Feb weekend, 8 Feb holiday, 9-12 Feb (12), 15-17 Feb (15)
        Instant deadline = CN.timeline(TargetUnit.WORKING_DAYS).plus(at("2027-01-25T09:30", SHANGHAI), 15);

        assertThat(deadline).isEqualTo(at("2027-02-18T00:00", SHANGHAI));
    }

    @Test
    void shouldTellMainlandDeadlinesReaching2027ProvisionalAndThoseWithin2026Settled() {
        // The 15 working days from 7 December 2026 end on 28 December; the 30 end on 19 January 2027
        assertThat(CN.isSettled(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 28))).isTrue();
        assertThat(CN.isSettled(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 19))).isFalse();
        assertThat(CN.isSettled(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(CN.firstUnsettledFrom(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(CN.covers(LocalDate.of(2027, 12, 31))).isTrue();
    }

    @Test
    void shouldCountEnglishWorkingDaysAcrossChristmas2026AndNewYear2027() {
        BusinessTimeline workingDays = GB.timeline(TargetUnit.WORKING_DAYS);
        // gov.uk bank holidays: Christmas Day Friday 25 December 2026, Boxing Day (substitute day) Monday 28 December,
        // New Year's Day Friday 1 January 2027. From Thursday 17 December: 18 Dec (1), 21-24 (5), 25 and 28 holidays,
        // 29-31 (8), 1 Jan holiday, 4-8 Jan (13), 11 Jan (14), 12 Jan (15)
        assertThat(workingDays.plus(at("2026-12-17T11:00", LONDON), 15)).isEqualTo(at("2027-01-13T00:00", LONDON));
        // From Wednesday 30 December: 31 Dec (1), 1 Jan holiday, 4 Jan (2), 5 Jan (3)
        assertThat(workingDays.plus(at("2026-12-30T14:00", LONDON), 3)).isEqualTo(at("2027-01-06T00:00", LONDON));
    }

    @Test
    void shouldCountEnglishWorkingHoursAcrossChristmas2026AndNewYear2027() {
        BusinessTimeline workingHours = GB.timeline(TargetUnit.WORKING_HOURS);
        // Same bank holidays, open 09:00-17:00. Thursday 24 December 15:00: 15-17 (2 h), 25 and 28 Dec holidays,
        // 29 Dec 09-17 (10 h), 30 Dec 09:00 + 6 h = 15:00 (16 h)
        assertThat(workingHours.plus(at("2026-12-24T15:00", LONDON), 16)).isEqualTo(at("2026-12-30T15:00", LONDON));
        // Thursday 31 December 16:00: 16-17 (1 h), 1 Jan holiday, 4 Jan 09:00 + 2 h = 11:00 (3 h)
        assertThat(workingHours.plus(at("2026-12-31T16:00", LONDON), 3)).isEqualTo(at("2027-01-04T11:00", LONDON));
    }

    @Test
    void shouldCountEnglishWorkingDaysAndHoursAcrossEaster2027() {
        // gov.uk bank holidays: Good Friday 26 March 2027, Easter Monday 29 March; British Summer Time begins on
        // Sunday 28 March, so local midnight and opening hours are an hour earlier in UTC after it.
        BusinessTimeline workingDays = GB.timeline(TargetUnit.WORKING_DAYS);
        BusinessTimeline workingHours = GB.timeline(TargetUnit.WORKING_HOURS);
        // Thursday 25 March: 26 and 29 March holidays, Tuesday 30 March (1), ending at midnight BST
        assertThat(workingDays.plus(at("2027-03-25T11:00", LONDON), 1)).isEqualTo(Instant.parse("2027-03-30T23:00:00Z"));
        // Wednesday 24 March: 25 Mar (1), 26 and 29 holidays, 30 Mar (2), 31 Mar (3)
        assertThat(workingDays.plus(at("2027-03-24T11:00", LONDON), 3)).isEqualTo(at("2027-04-01T00:00", LONDON));
        // Thursday 25 March 16:00 GMT: 16-17 (1 h), 26 and 29 holidays, 30 March 09:00 BST + 3 h = 12:00 BST (4 h)
        assertThat(workingHours.plus(at("2027-03-25T16:00", LONDON), 4)).isEqualTo(Instant.parse("2027-03-30T11:00:00Z"));
    }

    @Test
    void shouldCountUsWorkingDaysAcrossNewYear2027AndTheObservedDaysOfDecember2027() {
        BusinessTimeline workingDays = US.timeline(TargetUnit.WORKING_DAYS);
        // OPM federal holidays: Christmas Day Friday 25 December 2026, New Year's Day Friday 1 January 2027, Birthday
        // of Martin Luther King, Jr. Monday 18 January 2027. From Monday 7 December: 8-11 Dec (4), 14-18 (9),
        // 21-24 (13), 25 holiday, 28-31 (17), 1 Jan holiday, 4-8 Jan (22), 11-15 (27), 18 holiday, 19-21 Jan (30)
        assertThat(workingDays.plus(at("2026-12-07T10:00", NEW_YORK), 30)).isEqualTo(at("2027-01-22T00:00", NEW_YORK));
        // 5 U.S.C. 6103(b): Christmas 2027 (Saturday) observed Friday 24 December, New Year's Day 2028 (Saturday)
        // observed Friday 31 December 2027. From Wednesday 22 December: 23 (1), 24 holiday, 27-30 Dec (5)
        assertThat(workingDays.plus(at("2027-12-22T10:00", NEW_YORK), 5)).isEqualTo(at("2027-12-31T00:00", NEW_YORK));
        // ... 31 Dec holiday, 1-2 Jan weekend, Monday 3 January 2028 (6), past the coverage (weekdays only there)
        assertThat(workingDays.plus(at("2027-12-22T10:00", NEW_YORK), 6)).isEqualTo(at("2028-01-04T00:00", NEW_YORK));
        // CFPB targets count calendar days: 15 from Monday 7 December end with 22 December
        assertThat(US.timeline(TargetUnit.CALENDAR_DAYS).plus(at("2026-12-07T10:00", NEW_YORK), 15))
                .isEqualTo(at("2026-12-23T00:00", NEW_YORK));
    }

    @Test
    void shouldCountNewSouthWalesWorkingDaysAcrossChristmas2026AndNewYear2027() {
        BusinessTimeline workingDays = AU.timeline(TargetUnit.WORKING_DAYS);
        // Public Holidays Act 2010 (NSW): Christmas Day Friday 25 December 2026, Boxing Day Saturday 26 December with
        // its additional day Monday 28 December, New Year's Day Friday 1 January 2027. From Monday 7 December:
        // 8-11 Dec (4), 14-18 (9), 21-24 (13), 25 and 28 holidays, 29-31 (16), 1 Jan holiday, 4-7 Jan (20)
        assertThat(workingDays.plus(at("2026-12-07T10:00", SYDNEY), 20)).isEqualTo(at("2027-01-08T00:00", SYDNEY));
        // Thursday 24 December: 25 holiday, 26-27 weekend, 28 holiday, Tuesday 29 December (1)
        assertThat(workingDays.plus(at("2026-12-24T10:00", SYDNEY), 1)).isEqualTo(at("2026-12-30T00:00", SYDNEY));
        // 2027: Christmas Day Saturday and Boxing Day Sunday, additional days Monday 27 and Tuesday 28 December.
        // Friday 24 December: 25-26 weekend, 27 and 28 holidays, Wednesday 29 December (1)
        assertThat(workingDays.plus(at("2027-12-24T10:00", SYDNEY), 1)).isEqualTo(at("2027-12-30T00:00", SYDNEY));
        // RG 271 counts calendar days: 30 from Monday 7 December 2026 end with 6 January 2027 (24 in December + 6)
        assertThat(AU.timeline(TargetUnit.CALENDAR_DAYS).plus(at("2026-12-07T10:00", SYDNEY), 30))
                .isEqualTo(at("2027-01-07T00:00", SYDNEY));
    }

    @Test
    void shouldCountEveryWeekdayOfTheEuCalendarThroughChristmasAndNewYear() {
        BusinessTimeline workingDays = EU.timeline(TargetUnit.WORKING_DAYS);
        // eu-weekdays.yaml: weekdays only by design (PSD2 business days are the member state's). From Monday
        // 7 December 2026: 8-11 Dec (4), 14-18 (9), 21-25 (14, Christmas counted), 28 Dec (15)
        assertThat(workingDays.plus(at("2026-12-07T10:00", BRUSSELS), 15)).isEqualTo(at("2026-12-29T00:00", BRUSSELS));
        // Thursday 31 December: Friday 1 January 2027 counts (1)
        assertThat(workingDays.plus(at("2026-12-31T10:00", BRUSSELS), 1)).isEqualTo(at("2027-01-02T00:00", BRUSSELS));
    }

    @Test
    void shouldHaveTheRuleBasedCalendarsSettledThrough2027() {
        for (BusinessCalendar calendar : new BusinessCalendar[] {GB, US, AU, EU}) {
            assertThat(calendar.isSettled(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)))
                    .as(calendar.id()).isTrue();
            assertThat(calendar.firstUnsettledFrom(LocalDate.of(2026, 12, 7))).as(calendar.id())
                    .isEqualTo(LocalDate.of(2028, 1, 1));
        }
    }

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}
