package com.redress.sla.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.redress.sla.definition.Source;

/** A business calendar as written in a calendar file, before validation. */
record CalendarFile(String id, String name, String zone, List<DayOfWeek> workingDays, Hours workingHours,
        Coverage coverage, List<Source> sources, List<Closure> holidays, List<Closure> makeUpWorkingDays) {

    /** Daily opening hours. */
    record Hours(LocalTime opens, LocalTime closes) {
    }

    /** The dates whose holidays the file lists. */
    record Coverage(LocalDate from, LocalDate to) {
    }

    /** One date, or the dates {@code from}..{@code to} inclusive, with what they are. */
    record Closure(LocalDate date, LocalDate from, LocalDate to, String name) {
    }
}
