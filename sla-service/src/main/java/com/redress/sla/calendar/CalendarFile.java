package com.redress.sla.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.redress.sla.definition.Source;

/** A business calendar as written in a calendar file, before validation. */
record CalendarFile(String id, Integer version, String name, String zone, List<DayOfWeek> workingDays,
        Hours workingHours, Coverage coverage, List<Provisional> provisional, List<Source> sources,
        List<Closure> holidays, List<Closure> makeUpWorkingDays) {

    /** Daily opening hours. */
    record Hours(LocalTime opens, LocalTime closes) {
    }

    /** The dates whose holidays the file lists. */
    record Coverage(LocalDate from, LocalDate to) {
    }

    /** Covered dates whose holidays are what the law fixes in advance, the official arrangement not yet published. */
    record Provisional(LocalDate from, LocalDate to, String reason) {
    }

    /** One date, or the dates {@code from}..{@code to} inclusive, with what they are. */
    record Closure(LocalDate date, LocalDate from, LocalDate to, String name) {
    }
}
