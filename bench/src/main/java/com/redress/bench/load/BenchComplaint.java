package com.redress.bench.load;

import java.time.Instant;

/**
 * One complaint the driver sends: its channel message id names the batch it belongs to, so the trackers can match
 * the events it causes to the step that sent it.
 *
 * @param channelMessageId {@code BENCH-<batch>-<sequence>}
 * @param receivedAt       the moment it was sent, the {@code receivedAt} every later event carries
 * @param sequence         its number within the batch, which picks its text and customer
 */
public record BenchComplaint(String channelMessageId, Instant receivedAt, long sequence) {

    static final String PREFIX = "BENCH-";

    public static BenchComplaint of(String batch, long sequence, Instant receivedAt) {
        if (batch.contains("-")) {
            throw new IllegalArgumentException("a batch name must not contain '-': " + batch);
        }
        return new BenchComplaint(PREFIX + batch + "-" + sequence, receivedAt, sequence);
    }

    /** The batch of a channel message id the driver made, or {@code null} for any other. */
    public static String batchOf(String channelMessageId) {
        if (channelMessageId == null || !channelMessageId.startsWith(PREFIX)) {
            return null;
        }
        int end = channelMessageId.indexOf('-', PREFIX.length());
        return end < 0 ? null : channelMessageId.substring(PREFIX.length(), end);
    }
}
