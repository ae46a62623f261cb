package com.redress.notification.delivery;

/** An outcome could not be written to {@code notifications.outcomes}; the event must be retried, not committed. */
public class OutcomeNotRecordedException extends RuntimeException {

    public OutcomeNotRecordedException(String message, Throwable cause) {
        super(message, cause);
    }
}
