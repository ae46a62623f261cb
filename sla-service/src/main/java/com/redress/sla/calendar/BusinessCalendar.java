package com.redress.sla.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A business calendar: its time zone, weekly working days, optional working hours, public holidays and make-up working
 * days (调休), the dates for which its holidays are known, and which of those are only provisionally known.
 *
 * <p>A date is a working day when it is a make-up working day, or when it is a weekly working day and not a holiday.
 * Outside {@link #coveredFrom()}..{@link #coveredUntil()} no holidays are known and only the weekly pattern applies.
 * Inside a {@linkplain #provisional() provisional period} the holidays are what the law fixes in advance, before the
 * official arrangement of those dates is published. A date is <em>settled</em> when it is covered and not provisional;
 * a deadline counted over any other date may still move.
 *
 * <p>{@link #version()} orders successive editions of one calendar: open clocks planned on an older version are
 * re-planned when a newer one is loaded.
 */
public record BusinessCalendar(String id, int version, ZoneId zone, Set<DayOfWeek> workingDays,
        Optional<WorkingHours> workingHours, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays,
        LocalDate coveredFrom, LocalDate coveredUntil, List<DateRange> provisional) {

    public BusinessCalendar {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(workingHours, "workingHours");
        Objects.requireNonNull(coveredFrom, "coveredFrom");
        Objects.requireNonNull(coveredUntil, "coveredUntil");
        if (version < 1) {
            throw new IllegalArgumentException("calendar " + id + " has version " + version + ", not 1 or more");
        }
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("calendar " + id + " has no working days");
        }
        workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
        holidays = Set.copyOf(holidays);
        makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
        provisional = List.copyOf(provisional);
    }

    /** Whether {@code date} is a working day of this calendar. */
    public boolean isWorkingDay(LocalDate date) {
        if (makeUpWorkingDays.contains(date)) {
            return true;
        }
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** Whether the holidays of {@code date} are known to this calendar, provisionally or not. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(coveredFrom) && !date.isAfter(coveredUntil);
    }

    /** Whether every date from {@code first} to {@code last} inclusive is covered and none is provisional. */
    public boolean isSettled(LocalDate first, LocalDate last) {
        return firstUnsettledFrom(first).isAfter(last);
    }

    /** The first date on or after {@code date} that is not settled: outside the coverage or provisional. */
    public LocalDate firstUnsettledFrom(LocalDate date) {
        if (!covers(date)) {
            return date;
        }
        LocalDate firstUnsettled = coveredUntil.plusDays(1);
        for (DateRange range : provisional) {
            if (!range.to().isBefore(date) && range.from().isBefore(firstUnsettled)) {
                firstUnsettled = range.from().isBefore(date) ? date : range.from();
            }
        }
        return firstUnsettled;
    }

    /** The arithmetic of {@code unit} on this calendar. */
    public BusinessTimeline timeline(TargetUnit unit) {
        return new BusinessTimeline(this, unit);
    }

    /** Dates {@code from}..{@code to} inclusive. */
    public record DateRange(LocalDate from, LocalDate to) {

        public DateRange {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("a date range cannot end before it starts: " + from + ".." + to);
            }
        }
    }
}
