package com.redress.sla.calendar;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.redress.sla.definition.DefinitionReader;
import com.redress.sla.definition.InvalidDefinitionException;

/** Reads and validates a calendar file into a {@link BusinessCalendar}, reporting every problem at once. */
public final class CalendarLoader {

    private CalendarLoader() {
    }

    /**
     * The calendar in {@code content}, read from the file named {@code file}.
     *
     * @throws InvalidDefinitionException when the file is malformed or inconsistent
     */
    public static BusinessCalendar load(String file, InputStream content) {
        CalendarFile definition = DefinitionReader.read(file, content, CalendarFile.class);
        List<String> problems = new ArrayList<>();
        ZoneId zone = zone(definition.zone(), problems);
        if (blank(definition.id())) {
            problems.add("id is missing");
        }
        if (definition.version() == null || definition.version() < 1) {
            problems.add("version must be a whole number from 1, raised with every change of the dates");
        }
        if (definition.workingDays() == null || definition.workingDays().isEmpty()) {
            problems.add("workingDays must name at least one day of the week");
        }
        if (definition.sources() == null || definition.sources().isEmpty()) {
            problems.add("sources must cite where the holidays come from");
        }
        Optional<WorkingHours> hours = workingHours(definition.workingHours(), problems);
        CalendarFile.Coverage coverage = definition.coverage();
        if (coverage == null || coverage.from() == null || coverage.to() == null
                || coverage.to().isBefore(coverage.from())) {
            problems.add("coverage needs from and to, with from not after to");
            coverage = null;
        }
        List<BusinessCalendar.DateRange> provisional = provisional(definition.provisional(), coverage, problems);
        Set<LocalDate> holidays = dates("holidays", definition.holidays(), coverage, problems);
        Set<LocalDate> makeUpDays = dates("makeUpWorkingDays", definition.makeUpWorkingDays(), coverage, problems);
        Set<LocalDate> both = new HashSet<>(holidays);
        both.retainAll(makeUpDays);
        if (!both.isEmpty()) {
            problems.add("dates both holiday and make-up working day: " + both.stream().sorted().toList());
        }
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(file, problems);
        }
        return new BusinessCalendar(definition.id(), definition.version(), zone, Set.copyOf(definition.workingDays()),
                hours, holidays, makeUpDays, coverage.from(), coverage.to(), provisional);
    }

    private static ZoneId zone(String zone, List<String> problems) {
        if (blank(zone)) {
            problems.add("zone is missing (an IANA time zone id such as Asia/Shanghai)");
            return null;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            problems.add("zone " + zone + " is not an IANA time zone id");
            return null;
        }
    }

    private static Optional<WorkingHours> workingHours(CalendarFile.Hours hours, List<String> problems) {
        if (hours == null) {
            return Optional.empty();
        }
        if (hours.opens() == null || hours.closes() == null || !hours.opens().isBefore(hours.closes())) {
            problems.add("workingHours need opens before closes, e.g. opens: \"09:00\", closes: \"17:00\"");
            return Optional.empty();
        }
        return Optional.of(new WorkingHours(hours.opens(), hours.closes()));
    }

    private static List<BusinessCalendar.DateRange> provisional(List<CalendarFile.Provisional> periods,
            CalendarFile.Coverage coverage, List<String> problems) {
        List<BusinessCalendar.DateRange> ranges = new ArrayList<>();
        if (periods == null) {
            return ranges;
        }
        for (int i = 0; i < periods.size(); i++) {
            CalendarFile.Provisional period = periods.get(i);
            String where = "provisional[" + i + "]";
            if (blank(period.reason())) {
                problems.add(where + " needs a reason: why these dates are not yet official");
            }
            if (period.from() == null || period.to() == null || period.to().isBefore(period.from())) {
                problems.add(where + " needs from and to, with from not after to");
                continue;
            }
            if (coverage != null && (period.from().isBefore(coverage.from()) || period.to().isAfter(coverage.to()))) {
                problems.add(where + " (" + period.from() + ".." + period.to() + ") lies outside the coverage "
                        + coverage.from() + ".." + coverage.to());
            }
            ranges.add(new BusinessCalendar.DateRange(period.from(), period.to()));
        }
        return ranges;
    }

    private static Set<LocalDate> dates(String field, List<CalendarFile.Closure> closures,
            CalendarFile.Coverage coverage, List<String> problems) {
        Set<LocalDate> dates = new HashSet<>();
        if (closures == null) {
            return dates;
        }
        for (int i = 0; i < closures.size(); i++) {
            CalendarFile.Closure closure = closures.get(i);
            String where = field + "[" + i + "]";
            if (blank(closure.name())) {
                problems.add(where + " needs a name");
            }
            LocalDate from = closure.date() != null ? closure.date() : closure.from();
            LocalDate to = closure.date() != null ? closure.date() : closure.to();
            if (from == null || to == null || to.isBefore(from) || (closure.date() != null && closure.from() != null)) {
                problems.add(where + " needs either date, or from and to with from not after to");
                continue;
            }
            if (coverage != null && (from.isBefore(coverage.from()) || to.isAfter(coverage.to()))) {
                problems.add(where + " (" + from + ".." + to + ") lies outside the coverage " + coverage.from()
                        + ".." + coverage.to());
            }
            for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
                dates.add(date);
            }
        }
        return dates;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
