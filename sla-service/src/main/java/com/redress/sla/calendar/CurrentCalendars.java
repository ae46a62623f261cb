package com.redress.sla.calendar;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The calendars in force: a {@link CalendarCatalog} that a reload of the calendar files replaces as a whole, so that
 * whoever reads it sees one consistent edition of every calendar.
 */
public final class CurrentCalendars {

    private final AtomicReference<CalendarCatalog> catalog;

    public CurrentCalendars(CalendarCatalog initial) {
        this.catalog = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public CalendarCatalog catalog() {
        return catalog.get();
    }

    public void replace(CalendarCatalog next) {
        catalog.set(Objects.requireNonNull(next, "next"));
    }
}
