package com.redress.notification.delivery;

import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.redress.events.common.NotificationChannel;
import com.redress.events.notification.NotificationStatus;
import com.redress.notification.channel.ChannelSender;
import com.redress.notification.channel.TransientSendException;

/**
 * Settles a send that a crash cut off between its {@code SENDING} outcome and the next: the provider either holds the
 * message, and it is recorded {@code SENT} without being sent again, or it does not, and it is sent. A channel that
 * cannot look its messages up sends again; its provider recognises the repeat by the idempotency key.
 */
class InterruptedSends {

    private static final Logger log = LoggerFactory.getLogger(InterruptedSends.class);

    private final DeliveryLedger ledger;
    private final Map<NotificationChannel, ChannelSender> senders;
    private final OutcomePublisher outcomes;
    private final DeliveryMetrics metrics;

    InterruptedSends(DeliveryLedger ledger, Map<NotificationChannel, ChannelSender> senders,
            OutcomePublisher outcomes, DeliveryMetrics metrics) {
        this.ledger = ledger;
        this.senders = senders;
        this.outcomes = outcomes;
        this.metrics = metrics;
    }

    /**
     * Settles the interrupted send of the message of {@code key}, if there is one.
     *
     * @return whether the message turned out delivered, and is now recorded {@code SENT}
     * @throws ChannelsUnavailableException when the provider cannot tell now; reading the event again later will
     */
    boolean settledAsDelivered(DeliveryKey key) {
        Optional<DeliveryLedger.StartedSend> started = ledger.startedSend(key);
        if (started.isEmpty()) {
            return false;
        }
        DeliveryKey startedKey = started.get().key();
        ChannelSender sender = senders.get(startedKey.channel());
        if (sender == null || !sender.settlesInterruptedSends()) {
            metrics.interruptedSend(startedKey.channel(), "unknown");
            log.warn("The send of {} was cut off and {} cannot look it up: sending it again", startedKey,
                    startedKey.channel());
            return false;
        }
        Optional<String> providerMessageId;
        try {
            providerMessageId = sender.delivered(startedKey, started.get().startedAt());
        } catch (TransientSendException e) {
            throw new ChannelsUnavailableException("Cannot tell whether the cut-off send of " + startedKey
                    + " was delivered: " + e.reason());
        }
        if (providerMessageId.isEmpty()) {
            metrics.interruptedSend(startedKey.channel(), "not_delivered");
            log.info("The send of {} was cut off before the provider took it: sending it", startedKey);
            return false;
        }
        outcomes.publish(started.get().attempt(), NotificationStatus.SENT, null, providerMessageId.get());
        metrics.interruptedSend(startedKey.channel(), "delivered");
        log.info("The send of {} was cut off after the provider took it: recorded as sent, not sent again", startedKey);
        return true;
    }
}
