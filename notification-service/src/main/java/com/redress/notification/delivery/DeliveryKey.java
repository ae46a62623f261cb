package com.redress.notification.delivery;

import com.redress.events.common.NotificationChannel;
import com.redress.events.notification.MessageKind;

/**
 * The idempotency key of one message on one channel, {@code <caseId>:<eventId>:<KIND>:<CHANNEL>}: the same across
 * retries, restarts and redeliveries of the event that caused it.
 *
 * @param caseId  the case
 * @param eventId the event that caused the message
 * @param kind    the message kind
 * @param channel the channel
 */
public record DeliveryKey(String caseId, String eventId, MessageKind kind, NotificationChannel channel) {

    private static final char SEPARATOR = ':';

    /** The message regardless of channel: a message sent on any channel counts as sent. */
    public String messageKey() {
        return caseId + SEPARATOR + eventId + SEPARATOR + kind.name();
    }

    /** The message part of a delivery key's text form. */
    static String messageKeyOf(String deliveryKey) {
        int lastSeparator = deliveryKey.lastIndexOf(SEPARATOR);
        return lastSeparator < 0 ? deliveryKey : deliveryKey.substring(0, lastSeparator);
    }

    public DeliveryKey on(NotificationChannel otherChannel) {
        return new DeliveryKey(caseId, eventId, kind, otherChannel);
    }

    @Override
    public String toString() {
        return messageKey() + SEPARATOR + channel.name();
    }
}
