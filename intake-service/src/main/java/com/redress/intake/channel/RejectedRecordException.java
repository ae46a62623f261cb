package com.redress.intake.channel;

/**
 * A record on the submissions topic that intake will not register, for a reason no retry can change: it goes to
 * dead letters at once, its {@link #reason()} in the {@code redress_rejection-reasons} header.
 */
abstract class RejectedRecordException extends RuntimeException {

    RejectedRecordException(String message) {
        super(message);
    }

    /** The code for the rejection-reasons header, like a field violation's code. */
    abstract String reason();
}
