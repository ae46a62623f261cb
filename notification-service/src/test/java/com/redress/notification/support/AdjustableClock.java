package com.redress.notification.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The system clock, unless a test sets it to a fixed instant (e.g. the middle of the night in a customer's zone). */
public class AdjustableClock extends Clock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public void setTo(Instant instant) {
        fixed.set(instant);
    }

    public void useSystemTime() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant instant = fixed.get();
        return instant == null ? Instant.now() : instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service works in UTC");
    }
}
