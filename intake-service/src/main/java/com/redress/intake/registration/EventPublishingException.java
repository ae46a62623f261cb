package com.redress.intake.registration;

/** An event could not be written to Kafka in time; the submission is not registered and may be retried. */
public class EventPublishingException extends RuntimeException {

    public EventPublishingException(String message, Throwable cause) {
        super(message, cause);
    }
}
