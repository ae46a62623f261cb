package com.redress.sla.calendar;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The business calendars the service knows, by id. */
public final class CalendarCatalog {

    private final Map<String, BusinessCalendar> calendars;

    public CalendarCatalog(Collection<BusinessCalendar> calendars) {
        this.calendars = calendars.stream().collect(Collectors.toUnmodifiableMap(BusinessCalendar::id,
                Function.identity(), (a, b) -> {
                    throw new IllegalArgumentException("two calendars share the id " + a.id());
                }));
    }

    public Optional<BusinessCalendar> find(String id) {
        return Optional.ofNullable(calendars.get(id));
    }

    /** The calendar {@code id}; callers have validated that it exists. */
    public BusinessCalendar get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no calendar " + id));
    }

    public Collection<BusinessCalendar> all() {
        return calendars.values();
    }
}
