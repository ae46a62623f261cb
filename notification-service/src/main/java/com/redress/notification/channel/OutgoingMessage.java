package com.redress.notification.channel;

import java.util.List;

import com.redress.notification.delivery.DeliveryKey;
import com.redress.notification.template.RenderedMessage;

/**
 * One message ready for a channel provider.
 *
 * @param key        the delivery key, passed to the provider as its idempotency key
 * @param recipients the addresses (e-mail addresses, an E.164 number or a push id); never logged
 * @param content    the rendered message
 */
public record OutgoingMessage(DeliveryKey key, List<String> recipients, RenderedMessage content) {

    public OutgoingMessage {
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("A message needs at least one recipient");
        }
    }

    @Override
    public String toString() {
        return "OutgoingMessage[" + key + ", " + recipients.size() + " recipient(s)]";
    }
}
