package com.redress.intake.deduplication;

import com.redress.events.intake.Channel;

/**
 * What makes two submissions the same complaint: the channel and the channel's message id, or, for a client without
 * message ids, the client's {@code Idempotency-Key} scoped to the channel system that sent it.
 */
public record DeduplicationKey(String value) {

    private static final String IDEMPOTENCY_KEY_PREFIX = "idempotency-key:";

    /** The key of a message that carries the channel's own id; the same on the REST and the Kafka path. */
    public static DeduplicationKey ofChannelMessage(Channel channel, String channelMessageId) {
        return new DeduplicationKey("channel-message:" + channel.name() + ":" + channelMessageId);
    }

    /** The key of a request identified only by the client's {@code Idempotency-Key}. */
    public static DeduplicationKey ofIdempotencyKey(String channelSystem, String idempotencyKey) {
        return new DeduplicationKey(IDEMPOTENCY_KEY_PREFIX + channelSystem + ":" + idempotencyKey);
    }

    /** Whether this key is a client's {@code Idempotency-Key} rather than a channel's message id. */
    public boolean isIdempotencyKey() {
        return value.startsWith(IDEMPOTENCY_KEY_PREFIX);
    }
}
