package com.redress.sla.clock;

import java.util.Objects;
import java.util.function.Supplier;

import com.redress.sla.calendar.CalendarCatalog;
import com.redress.sla.calendar.CurrentCalendars;

/**
 * The clock engine on the calendars currently in force: a new engine whenever the calendars are replaced. Asked for on
 * every record, so it takes no lock: two threads that both see a replacement build equal engines, and users compare
 * engines by their calendars, not by identity.
 */
public final class CurrentClockEngine implements Supplier<ClockEngine> {

    private final CurrentCalendars calendars;
    private volatile ClockEngine engine;

    public CurrentClockEngine(ClockEngine initial, CurrentCalendars calendars) {
        this.engine = Objects.requireNonNull(initial, "initial");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
    }

    @Override
    public ClockEngine get() {
        CalendarCatalog current = calendars.catalog();
        ClockEngine known = engine;
        if (known.calendars() != current) {
            known = known.withCalendars(current);
            engine = known;
        }
        return known;
    }
}
