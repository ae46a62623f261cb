package com.redress.notification.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * A customer message the rules call for some time after its event.
 *
 * @param message the message
 * @param after   how long after the event it is due
 */
public record DelayedMessage(PlannedMessage message, Duration after) {

    public Instant dueAfter(Instant eventTime) {
        return eventTime.plus(after);
    }
}
