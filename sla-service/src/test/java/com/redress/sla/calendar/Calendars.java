package com.redress.sla.calendar;

import java.io.InputStream;
import java.util.List;

/** The calendars shipped with the service, loaded from the classpath as production loads them. */
public final class Calendars {

    public static final List<String> BUNDLED = List.of("cn-mainland", "gb-england-wales", "eu-weekdays", "us-eastern",
            "au-sydney");

    private Calendars() {
    }

    public static BusinessCalendar bundled(String name) {
        String file = "calendars/" + name + ".yaml";
        InputStream content = Calendars.class.getClassLoader().getResourceAsStream(file);
        if (content == null) {
            throw new IllegalArgumentException("no calendar file " + file);
        }
        return CalendarLoader.load(file, content);
    }

    public static CalendarCatalog catalog() {
        return new CalendarCatalog(BUNDLED.stream().map(Calendars::bundled).toList());
    }
}
