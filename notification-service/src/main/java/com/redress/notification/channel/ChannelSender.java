package com.redress.notification.channel;

import java.time.Instant;
import java.util.Optional;

import com.redress.events.common.NotificationChannel;
import com.redress.notification.delivery.DeliveryKey;

/** Hands messages of one channel to its provider. */
public interface ChannelSender {

    NotificationChannel channel();

    /**
     * Sends {@code message}.
     *
     * @return the provider's id of the message
     * @throws TransientSendException when a later attempt may succeed
     * @throws PermanentSendException when no later attempt will
     */
    String send(OutgoingMessage message);

    /**
     * Whether this sender can tell afterwards if a message it began to hand over reached the provider. A provider that
     * recognises a repeat by its idempotency key needs no such look-up: the message is simply sent again. When it
     * can, each attempt is recorded {@code SENDING} before the hand-over, and a send a crash cut off is settled with
     * {@link #delivered} instead of being sent again.
     */
    default boolean settlesInterruptedSends() {
        return false;
    }

    /**
     * Whether the provider holds the message of {@code key}, whose hand-over began at {@code startedAt}.
     *
     * @return the provider's id of the message if it holds it, empty if it does not
     * @throws TransientSendException when it cannot be told now
     * @throws UnsupportedOperationException unless {@link #settlesInterruptedSends()}
     */
    default Optional<String> delivered(DeliveryKey key, Instant startedAt) {
        throw new UnsupportedOperationException(channel() + " cannot look up a message it sent");
    }
}
