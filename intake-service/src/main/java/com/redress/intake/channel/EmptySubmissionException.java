package com.redress.intake.channel;

/** A record on the submissions topic without a value (a tombstone): nothing to register. */
class EmptySubmissionException extends RejectedRecordException {

    static final String REASON = "empty_record";

    EmptySubmissionException() {
        super("The record has no value (a tombstone); a ChannelSubmission was expected");
    }

    @Override
    String reason() {
        return REASON;
    }
}
