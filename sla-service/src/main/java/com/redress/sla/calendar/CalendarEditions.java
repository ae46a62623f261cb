package com.redress.sla.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a newly read set of calendars may replace the one in force: every calendar the policy pack uses must
 * still be there, and a calendar whose dates changed must carry a higher version, since clocks are re-planned by
 * version. An unchanged calendar may keep its version; a lower version is refused, so that an instance given older
 * files cannot undo what a newer edition planned.
 */
public final class CalendarEditions {

    private CalendarEditions() {
    }

    /** The reasons {@code next} may not replace {@code current}; empty when it may. */
    public static List<String> problems(CalendarCatalog current, CalendarCatalog next, Set<String> inUse) {
        List<String> problems = new ArrayList<>();
        for (String id : inUse.stream().sorted().toList()) {
            if (next.find(id).isEmpty()) {
                problems.add("calendar " + id + " is used by the policy pack but no longer in the calendar files");
            }
        }
        for (BusinessCalendar replacement : next.all()) {
            Optional<BusinessCalendar> existing = current.find(replacement.id());
            if (existing.isEmpty()) {
                continue;
            }
            BusinessCalendar before = existing.get();
            if (replacement.version() < before.version()) {
                problems.add("calendar " + replacement.id() + " version " + replacement.version()
                        + " is older than version " + before.version() + " in force");
            } else if (replacement.version() == before.version() && !replacement.equals(before)) {
                problems.add("calendar " + replacement.id() + " changed but kept version " + before.version()
                        + "; raise the version with every change so that open clocks are re-planned");
            }
        }
        return problems;
    }

    /** Whether {@code next} differs from {@code current} in any calendar. */
    public static boolean changed(CalendarCatalog current, CalendarCatalog next) {
        return current.all().size() != next.all().size()
                || next.all().stream().anyMatch(calendar -> !current.find(calendar.id()).equals(Optional.of(calendar)));
    }
}
