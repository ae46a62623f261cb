package com.redress.notification.channel;

import com.redress.events.common.NotificationChannel;

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
}
