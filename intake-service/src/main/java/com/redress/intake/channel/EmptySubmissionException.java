package com.redress.intake.channel;

/**
 * A record on the submissions topic without a value (a tombstone): nothing to register, and no retry can change
 * that, so it goes to dead letters at once.
 */
class EmptySubmissionException extends RuntimeException {

    /** The code for the rejection-reasons header, like a field violation's code. */
    static final String REASON = "empty_record";

    EmptySubmissionException() {
        super("The record has no value (a tombstone); a ChannelSubmission was expected");
    }
}
