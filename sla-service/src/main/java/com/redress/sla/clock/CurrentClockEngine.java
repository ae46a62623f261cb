package com.redress.sla.clock;

import java.util.Objects;
import java.util.function.Supplier;

import com.redress.sla.calendar.CalendarCatalog;
import com.redress.sla.calendar.CurrentCalendars;

/** The clock engine on the calendars currently in force: a new engine whenever the calendars are replaced. */
public final class CurrentClockEngine implements Supplier<ClockEngine> {

    private final CurrentCalendars calendars;
    private ClockEngine engine;

    public CurrentClockEngine(ClockEngine initial, CurrentCalendars calendars) {
        this.engine = Objects.requireNonNull(initial, "initial");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
    }

    @Override
    public synchronized ClockEngine get() {
        CalendarCatalog current = calendars.catalog();
        if (engine.calendars() != current) {
            engine = engine.withCalendars(current);
        }
        return engine;
    }
}
