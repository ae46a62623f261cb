package com.redress.intake.channel;

/**
 * A submission whose record key is not the one {@link SubmissionKeys} requires of it. The message names neither key
 * nor fields, which are the channel's to say.
 */
class SubmissionKeyMismatchException extends RejectedRecordException {

    static final String REASON = "key_mismatch";

    SubmissionKeyMismatchException(byte[] key) {
        super((key == null ? "The record has no key" : "The record's key (" + key.length + " bytes) is not its "
                + "submission's") + ": a ChannelSubmission on complaints.submitted is keyed <channel>:"
                + "<channelMessageId>, its own channel and channelMessageId as written, in UTF-8");
    }

    @Override
    String reason() {
        return REASON;
    }
}
