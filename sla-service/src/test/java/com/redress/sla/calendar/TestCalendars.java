package com.redress.sla.calendar;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Calendars written in a test, in the file format, so that a test states exactly the dates it relies on. */
public final class TestCalendars {

    private TestCalendars() {
    }

    /** A calendar file's content: Monday to Friday in {@code zone}, with the given extra YAML (holidays, provisional). */
    public static String yaml(String id, int version, String zone, String from, String to, String extra) {
        return """
                id: %s
                version: %d
                zone: %s
                workingDays: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]
                coverage: {from: %s, to: %s}
                sources: [{title: written by the test}]
                %s
                """.formatted(id, version, zone, from, to, extra);
    }

    public static BusinessCalendar load(String yaml) {
        return CalendarLoader.load("test-calendar.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The bundled calendars with {@code replacements} in place of those of the same id. */
    public static CalendarCatalog bundledWith(BusinessCalendar... replacements) {
        List<BusinessCalendar> calendars = new ArrayList<>();
        for (String name : Calendars.BUNDLED) {
            calendars.add(Calendars.bundled(name));
        }
        for (BusinessCalendar replacement : replacements) {
            calendars.removeIf(calendar -> calendar.id().equals(replacement.id()));
            calendars.add(replacement);
        }
        return new CalendarCatalog(calendars);
    }
}
