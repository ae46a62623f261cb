package com.redress.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Counts business time of one {@link TargetUnit} on one {@link BusinessCalendar}: where a clock's counting starts,
 * how much business time lies between two instants, and the earliest instant by which a given amount has elapsed.
 *
 * <p>Business time is measured in milliseconds. Around-the-clock units count real milliseconds; working-time units
 * count real milliseconds inside working hours of working days; day units count every counted date as exactly
 * {@link #DAY_MILLIS}, spread evenly over the date's real length, so a 23-hour or 25-hour day across a daylight saving
 * change is still one day and a day ends at local midnight.
 */
public final class BusinessTimeline {

    /** Business milliseconds in one counted day. */
    public static final long DAY_MILLIS = Duration.ofDays(1).toMillis();
    /** How far arithmetic looks ahead before it gives up; a calendar with so few working days is a data error. */
    private static final int MAX_DAYS_SCANNED = 3 * 366;

    private final BusinessCalendar calendar;
    private final TargetUnit unit;

    BusinessTimeline(BusinessCalendar calendar, TargetUnit unit) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    /**
     * Where a clock started at {@code start} begins to count: {@code start} itself, except for day units, which begin
     * at the local midnight after {@code start} because the day of receipt is never counted.
     */
    public Instant origin(Instant start) {
        if (unit.isDayUnit()) {
            return nextDayStart(localDate(start));
        }
        return start;
    }

    /** The earliest instant by which {@code amount} units have elapsed for a clock started at {@code start}. */
    public Instant plus(Instant start, long amount) {
        return advance(origin(start), Math.multiplyExact(amount, unit.businessMillis()));
    }

    /** Business milliseconds counted between {@code from} and {@code to}; zero when {@code to} is not after it. */
    public long between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        if (unit.counting() == TargetUnit.Counting.CONTINUOUS) {
            return Duration.between(from, to).toMillis();
        }
        long total = 0;
        LocalDate last = localDate(to);
        for (LocalDate date = localDate(from); !date.isAfter(last); date = date.plusDays(1)) {
            total += countedWithin(date, from, to);
        }
        return total;
    }

    /**
     * The earliest instant {@code t} not before {@code from} with {@code between(from, t) == businessMillis}: the end of
     * a working period rather than the start of the next one when the amount runs out exactly at a close.
     */
    public Instant advance(Instant from, long businessMillis) {
        if (businessMillis < 0) {
            throw new IllegalArgumentException("cannot advance by a negative amount: " + businessMillis);
        }
        if (businessMillis == 0 || unit.counting() == TargetUnit.Counting.CONTINUOUS) {
            return from.plusMillis(businessMillis);
        }
        long remaining = businessMillis;
        LocalDate date = localDate(from);
        for (int scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++, date = date.plusDays(1)) {
            Period period = countedPeriod(date);
            if (period == null || !period.end().isAfter(from)) {
                continue;
            }
            Instant begin = later(period.start(), from);
            long available = period.toBusiness(Duration.between(begin, period.end()).toMillis());
            if (remaining <= available) {
                return remaining == available ? period.end() : begin.plusMillis(period.toReal(remaining));
            }
            remaining -= available;
        }
        throw new IllegalStateException("calendar " + calendar.id() + " has no working time within "
                + MAX_DAYS_SCANNED + " days after " + from);
    }

    /**
     * Whether business time counted from {@code from} to {@code to} is certain: always for units that do not look at
     * holidays, else when every date counted over is settled on the calendar (covered and not provisional). The date of
     * {@code to} itself counts only when time of it is counted, so a deadline at local midnight does not reach into the
     * next date.
     */
    public boolean isSettledBetween(Instant from, Instant to) {
        if (unit.counting() == TargetUnit.Counting.CONTINUOUS || unit.counting() == TargetUnit.Counting.CALENDAR_DAYS) {
            return true;
        }
        LocalDate first = localDate(from);
        LocalDate last = to.isAfter(from) ? localDate(to.minusMillis(1)) : first;
        return calendar.isSettled(first, last);
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public TargetUnit unit() {
        return unit;
    }

    private long countedWithin(LocalDate date, Instant from, Instant to) {
        Period period = countedPeriod(date);
        if (period == null) {
            return 0;
        }
        Instant begin = later(period.start(), from);
        Instant end = period.end().isBefore(to) ? period.end() : to;
        if (!end.isAfter(begin)) {
            return 0;
        }
        return period.toBusiness(Duration.between(begin, end).toMillis());
    }

    /** The counted part of {@code date}, or {@code null} when nothing of it counts. */
    private Period countedPeriod(LocalDate date) {
        Instant dayStart = date.atStartOfDay(calendar.zone()).toInstant();
        Instant dayEnd = nextDayStart(date);
        return switch (unit.counting()) {
            case CONTINUOUS -> new Period(dayStart, dayEnd, 0);
            case CALENDAR_DAYS -> new Period(dayStart, dayEnd, Duration.between(dayStart, dayEnd).toMillis());
            case WORKING_DAYS -> calendar.isWorkingDay(date)
                    ? new Period(dayStart, dayEnd, Duration.between(dayStart, dayEnd).toMillis())
                    : null;
            case WORKING_TIME -> calendar.isWorkingDay(date) ? workingPeriod(date, dayStart, dayEnd) : null;
        };
    }

    private Period workingPeriod(LocalDate date, Instant dayStart, Instant dayEnd) {
        return calendar.workingHours()
                .map(hours -> new Period(ZonedDateTime.of(date, hours.opens(), calendar.zone()).toInstant(),
                        ZonedDateTime.of(date, hours.closes(), calendar.zone()).toInstant(), 0))
                .orElseGet(() -> new Period(dayStart, dayEnd, 0));
    }

    private Instant nextDayStart(LocalDate date) {
        return date.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(calendar.zone()).toLocalDate();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * A counted stretch of one date. {@code realDayMillis} is zero when real and business time are the same, else the
     * real length of a day counted as {@link #DAY_MILLIS}.
     */
    private record Period(Instant start, Instant end, long realDayMillis) {

        long toBusiness(long realMillis) {
            return realDayMillis == 0 ? realMillis : realMillis * DAY_MILLIS / realDayMillis;
        }

        long toReal(long businessMillis) {
            return realDayMillis == 0 ? businessMillis : businessMillis * realDayMillis / DAY_MILLIS;
        }
    }
}
