package com.redress.sla.calendar;

import java.time.LocalTime;
import java.util.Objects;

/** The daily opening hours of a business calendar's working days, in the calendar's time zone. */
public record WorkingHours(LocalTime opens, LocalTime closes) {

    public WorkingHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("working hours must open before they close: " + opens + "-" + closes);
        }
    }
}
