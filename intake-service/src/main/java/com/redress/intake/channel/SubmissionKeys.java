package com.redress.intake.channel;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.redress.events.intake.ChannelSubmission;

/**
 * The record key a submission on {@code complaints.submitted} must have: {@code <channel>:<channelMessageId>}, its own
 * two fields exactly as written (no alias resolved), as UTF-8 bytes. The key is what keeps every copy of a message on
 * one partition, where one consumer decides them in order; a record keyed otherwise, or not at all, could be decided
 * beside another copy on another instance, where neither sees the other, so it is refused.
 */
final class SubmissionKeys {

    private SubmissionKeys() {
    }

    /** The key {@code submission} must be published under. */
    static byte[] keyOf(ChannelSubmission submission) {
        return (submission.getChannel() + ":" + submission.getChannelMessageId()).getBytes(StandardCharsets.UTF_8);
    }

    /** @throws SubmissionKeyMismatchException unless {@code key} is exactly {@link #keyOf(ChannelSubmission)} */
    static void requireKeyOf(ChannelSubmission submission, byte[] key) {
        if (key == null || !Arrays.equals(key, keyOf(submission))) {
            throw new SubmissionKeyMismatchException(key);
        }
    }
}
