package com.redress.sla.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A business calendar: its time zone, weekly working days, optional working hours, public holidays and make-up working
 * days (调休), and the dates for which its holidays are known.
 *
 * <p>A date is a working day when it is a make-up working day, or when it is a weekly working day and not a holiday.
 * Outside {@link #coveredFrom()}..{@link #coveredUntil()} no holidays are known and only the weekly pattern applies.
 */
public record BusinessCalendar(String id, ZoneId zone, Set<DayOfWeek> workingDays, Optional<WorkingHours> workingHours,
        Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays, LocalDate coveredFrom, LocalDate coveredUntil) {

    public BusinessCalendar {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(workingHours, "workingHours");
        Objects.requireNonNull(coveredFrom, "coveredFrom");
        Objects.requireNonNull(coveredUntil, "coveredUntil");
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("calendar " + id + " has no working days");
        }
        workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
        holidays = Set.copyOf(holidays);
        makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
    }

    /** Whether {@code date} is a working day of this calendar. */
    public boolean isWorkingDay(LocalDate date) {
        if (makeUpWorkingDays.contains(date)) {
            return true;
        }
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** Whether the holidays of {@code date} are known to this calendar. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(coveredFrom) && !date.isAfter(coveredUntil);
    }

    /** The arithmetic of {@code unit} on this calendar. */
    public BusinessTimeline timeline(TargetUnit unit) {
        return new BusinessTimeline(this, unit);
    }
}
