package com.redress.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BusinessTimelineTest {

    private static final BusinessCalendar CN = Calendars.bundled("cn-mainland");
    private static final BusinessCalendar GB = Calendars.bundled("gb-england-wales");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void shouldSkipGoldenWeekAndCountTheSaturdayMakeUpDay() {
        // Given a complaint received on Monday 29 September 2025 before the National Day holiday
        Instant received = at("2025-09-29T10:00", SHANGHAI);

        // When five working days are added
        Instant deadline = CN.timeline(TargetUnit.WORKING_DAYS).plus(received, 5);

        // Then 30 Sep, 9 Oct, 10 Oct, Saturday 11 Oct (make-up) and 13 Oct count: due at the end of 13 October
        assertThat(deadline).isEqualTo(at("2025-10-14T00:00", SHANGHAI));
    }

    @Test
    void shouldStartCountingOnTheNextWorkingDayWhenReceivedOnAPublicHoliday() {
        Instant received = at("2025-10-03T15:00", SHANGHAI);

        Instant deadline = CN.timeline(TargetUnit.WORKING_DAYS).plus(received, 1);

        assertThat(deadline).isEqualTo(at("2025-10-10T00:00", SHANGHAI));
    }

    @Test
    void shouldNotCountTheDayOfReceiptEvenAtOneMinuteToMidnight() {
        Instant fridayLate = at("2025-03-14T23:59", SHANGHAI);
        Instant saturdayEarly = at("2025-03-15T00:01", SHANGHAI);
        BusinessTimeline workingDays = CN.timeline(TargetUnit.WORKING_DAYS);

        assertThat(workingDays.plus(fridayLate, 1)).isEqualTo(at("2025-03-18T00:00", SHANGHAI));
        assertThat(workingDays.plus(saturdayEarly, 1)).isEqualTo(at("2025-03-18T00:00", SHANGHAI));
    }

    @Test
    void shouldCountTheSpringFestival2026MakeUpSaturdays() {
        Instant received = at("2026-02-13T10:00", SHANGHAI);

        BusinessTimeline workingDays = CN.timeline(TargetUnit.WORKING_DAYS);

        assertThat(workingDays.plus(received, 1)).isEqualTo(at("2026-02-15T00:00", SHANGHAI));
        assertThat(workingDays.plus(received, 2)).isEqualTo(at("2026-02-25T00:00", SHANGHAI));
    }

    @Test
    void shouldKnowEveryMainlandMakeUpDayAsAWorkingDayAndEveryHolidayAsNot() {
        for (String date : new String[] {"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
                "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"}) {
            assertThat(CN.isWorkingDay(LocalDate.parse(date))).as(date).isTrue();
        }
        for (String date : new String[] {"2025-01-01", "2025-01-28", "2025-02-04", "2025-05-05", "2025-06-02",
                "2025-10-08", "2026-01-02", "2026-02-23", "2026-04-06", "2026-05-05", "2026-06-19", "2026-09-25",
                "2026-10-07"}) {
            assertThat(CN.isWorkingDay(LocalDate.parse(date))).as(date).isFalse();
        }
    }

    @Test
    void shouldSkipTheEasterBankHolidaysInEnglandAndWales() {
        Instant received = at("2025-04-17T11:00", LONDON);

        Instant deadline = GB.timeline(TargetUnit.WORKING_DAYS).plus(received, 1);

        assertThat(deadline).isEqualTo(at("2025-04-23T00:00", LONDON));
    }

    @Test
    void shouldEndAWorkingDayAtLocalMidnightAcrossTheSpringDaylightSavingChange() {
        // Given a receipt on Friday 28 March 2025; clocks go forward on Sunday 30 March in London
        Instant received = at("2025-03-28T12:00", LONDON);

        Instant deadline = GB.timeline(TargetUnit.WORKING_DAYS).plus(received, 1);

        // Then Monday 31 March is the working day, ending at local midnight, which is 23:00 UTC in summer time
        assertThat(deadline).isEqualTo(Instant.parse("2025-03-31T23:00:00Z"));
    }

    @Test
    void shouldCountTheShortDaylightSavingDayAsOneWholeCalendarDay() {
        BusinessTimeline calendarDays = GB.timeline(TargetUnit.CALENDAR_DAYS);
        Instant received = at("2025-03-29T12:00", LONDON);

        Instant deadline = calendarDays.plus(received, 2);

        assertThat(deadline).isEqualTo(at("2025-04-01T00:00", LONDON));
        assertThat(calendarDays.between(calendarDays.origin(received), deadline))
                .isEqualTo(2 * BusinessTimeline.DAY_MILLIS);
    }

    @Test
    void shouldCountElapsedHoursAsRealTimeAcrossTheDaylightSavingChange() {
        Instant received = at("2025-03-29T12:00", LONDON);

        Instant deadline = GB.timeline(TargetUnit.HOURS).plus(received, 24);

        assertThat(deadline).isEqualTo(at("2025-03-30T13:00", LONDON));
    }

    @Test
    void shouldCountWorkingHoursOnlyInsideOpeningHours() {
        BusinessTimeline workingHours = GB.timeline(TargetUnit.WORKING_HOURS);

        assertThat(workingHours.plus(at("2025-03-14T16:00", LONDON), 3)).isEqualTo(at("2025-03-17T11:00", LONDON));
        assertThat(workingHours.plus(at("2025-03-14T23:59", LONDON), 3)).isEqualTo(at("2025-03-17T12:00", LONDON));
        assertThat(workingHours.plus(at("2025-03-17T09:00", LONDON), 8)).isEqualTo(at("2025-03-17T17:00", LONDON));
    }

    @Test
    void shouldTreatWholeWorkingDaysAsWorkingTimeWhenTheCalendarHasNoHours() {
        Instant fridayEvening = at("2025-03-14T22:00", SHANGHAI);

        Instant due = CN.timeline(TargetUnit.WORKING_HOURS).plus(fridayEvening, 3);

        assertThat(due).isEqualTo(at("2025-03-17T01:00", SHANGHAI));
    }

    @Test
    void shouldNeverLandAWorkingDayDeadlineAfterANonWorkingDay() {
        Random random = new Random(20250314L);
        for (BusinessCalendar calendar : new BusinessCalendar[] {CN, GB}) {
            BusinessTimeline workingDays = calendar.timeline(TargetUnit.WORKING_DAYS);
            for (int i = 0; i < 2_000; i++) {
                Instant received = randomInstantIn2025And2026(random);
                int days = 1 + random.nextInt(30);

                Instant deadline = workingDays.plus(received, days);

                ZonedDateTime local = deadline.atZone(calendar.zone());
                LocalDate lastCountedDay = local.toLocalDate().minusDays(1);
                assertThat(local.toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
                assertThat(calendar.isWorkingDay(lastCountedDay)).as("%s + %d", received, days).isTrue();
                assertThat(lastCountedDay).isAfter(received.atZone(calendar.zone()).toLocalDate());
                assertThat(workingDays.between(workingDays.origin(received), deadline))
                        .isEqualTo(days * BusinessTimeline.DAY_MILLIS);
            }
        }
    }

    @Test
    void shouldNeverLandAWorkingHoursDeadlineOutsideOpeningHours() {
        Random random = new Random(42L);
        BusinessTimeline workingMinutes = GB.timeline(TargetUnit.WORKING_MINUTES);
        for (int i = 0; i < 2_000; i++) {
            Instant received = randomInstantIn2025And2026(random);
            int minutes = 1 + random.nextInt(5_000);

            Instant deadline = workingMinutes.plus(received, minutes);

            ZonedDateTime lastCountedMinute = deadline.minusSeconds(60).atZone(LONDON);
            assertThat(GB.isWorkingDay(lastCountedMinute.toLocalDate())).isTrue();
            assertThat(lastCountedMinute.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(16, 59));
            assertThat(workingMinutes.between(received, deadline)).isEqualTo(minutes * 60_000L);
        }
    }

    @Test
    void shouldAdvanceMonotonicallyAndInverseBetween() {
        Random random = new Random(7L);
        BusinessTimeline workingDays = CN.timeline(TargetUnit.WORKING_DAYS);
        for (int i = 0; i < 1_000; i++) {
            Instant from = randomInstantIn2025And2026(random);
            long shorter = random.nextInt(20) * BusinessTimeline.DAY_MILLIS / 7;
            long longer = shorter + 1 + random.nextInt(1_000_000_000);

            Instant first = workingDays.advance(from, shorter);
            Instant second = workingDays.advance(from, longer);

            assertThat(second).isAfter(first);
            assertThat(workingDays.between(from, second)).isBetween(longer - 1, longer + 1);
        }
    }

    private static Instant randomInstantIn2025And2026(Random random) {
        long start = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
        long end = Instant.parse("2026-11-01T00:00:00Z").getEpochSecond();
        return Instant.ofEpochSecond(start + (long) (random.nextDouble() * (end - start)));
    }

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}
