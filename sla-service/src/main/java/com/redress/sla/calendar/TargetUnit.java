package com.redress.sla.calendar;

/**
 * How a clock target counts time: elapsed time around the clock, time inside working hours, or whole days.
 *
 * <p>Day units never count the day of the start itself (see {@link BusinessTimeline#origin}).
 */
public enum TargetUnit {

    /** Elapsed seconds, for compressed policies in tests and demonstrations. */
    SECONDS(Counting.CONTINUOUS, 1_000L),
    /** Elapsed minutes, every minute of every day. */
    MINUTES(Counting.CONTINUOUS, 60_000L),
    /** Elapsed hours, every hour of every day. */
    HOURS(Counting.CONTINUOUS, 3_600_000L),
    /** Minutes inside the working hours of working days (the whole working day if the calendar has no hours). */
    WORKING_MINUTES(Counting.WORKING_TIME, 60_000L),
    /** Hours inside the working hours of working days (the whole working day if the calendar has no hours). */
    WORKING_HOURS(Counting.WORKING_TIME, 3_600_000L),
    /** Calendar days after the day of the start, each ending at local midnight. */
    CALENDAR_DAYS(Counting.CALENDAR_DAYS, BusinessTimeline.DAY_MILLIS),
    /** Working days after the day of the start, each ending at local midnight. */
    WORKING_DAYS(Counting.WORKING_DAYS, BusinessTimeline.DAY_MILLIS);

    /** What a unit counts. */
    enum Counting { CONTINUOUS, WORKING_TIME, CALENDAR_DAYS, WORKING_DAYS }

    private final Counting counting;
    private final long businessMillis;

    TargetUnit(Counting counting, long businessMillis) {
        this.counting = counting;
        this.businessMillis = businessMillis;
    }

    Counting counting() {
        return counting;
    }

    /** Business milliseconds in one unit; a day unit is 86,400,000 business milliseconds whatever its real length. */
    public long businessMillis() {
        return businessMillis;
    }

    /** Whether the unit counts whole days, so that extensions in working days can be added to it. */
    public boolean isDayUnit() {
        return counting == Counting.CALENDAR_DAYS || counting == Counting.WORKING_DAYS;
    }
}
