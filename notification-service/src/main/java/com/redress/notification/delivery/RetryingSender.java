package com.redress.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

import com.redress.events.notification.NotificationStatus;
import com.redress.notification.channel.ChannelSender;
import com.redress.notification.channel.OutgoingMessage;
import com.redress.notification.channel.PermanentSendException;
import com.redress.notification.channel.TransientSendException;
import com.redress.notification.template.RenderedSms;

/**
 * Sends one message on one channel, retrying transient failures with exponential back-off, and reports every
 * attempt's outcome — and its start, on a channel that can settle a send a crash cut off.
 */
public class RetryingSender {

    private static final Logger log = LoggerFactory.getLogger(RetryingSender.class);

    private final OutcomePublisher outcomes;
    private final DeliveryLedger ledger;
    private final DeliveryMetrics metrics;
    private final DeliveryProperties properties;
    private final Clock clock;

    public RetryingSender(OutcomePublisher outcomes, DeliveryLedger ledger, DeliveryMetrics metrics,
            DeliveryProperties properties, Clock clock) {
        this.outcomes = outcomes;
        this.ledger = ledger;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    /** Tries until the provider takes the message, refuses it for good or the retries run out. */
    public SendResult send(ChannelSender sender, OutgoingMessage message, String templateId, String language,
            String maskedRecipient) {
        BackOffExecution backOff = backOff().start();
        while (true) {
            DeliveryAttempt attempt = new DeliveryAttempt(message.key(), ledger.nextAttempt(message.key()), templateId,
                    language, maskedRecipient);
            if (sender.settlesInterruptedSends()) {
                outcomes.publish(attempt, NotificationStatus.SENDING, null, null);
            }
            Instant start = clock.instant();
            try {
                String providerMessageId = sender.send(message);
                metrics.sendDuration(sender.channel(), true, Duration.between(start, clock.instant()));
                if (message.content() instanceof RenderedSms sms) {
                    metrics.smsSegments(sms.segments());
                }
                outcomes.publish(attempt, NotificationStatus.SENT, null, providerMessageId);
                return SendResult.SENT;
            } catch (PermanentSendException e) {
                metrics.sendDuration(sender.channel(), false, Duration.between(start, clock.instant()));
                outcomes.publish(attempt, NotificationStatus.FAILED, e.reason(), null);
                return SendResult.REFUSED;
            } catch (TransientSendException e) {
                metrics.sendDuration(sender.channel(), false, Duration.between(start, clock.instant()));
                long wait = backOff.nextBackOff();
                if (wait == BackOffExecution.STOP) {
                    outcomes.publish(attempt, NotificationStatus.FAILED, e.reason() + "; retries exhausted", null);
                    return SendResult.UNAVAILABLE;
                }
                outcomes.publish(attempt, NotificationStatus.RETRYING, e.reason(), null);
                log.info("Retrying {} on {} in {} ms: {}", message.key().kind(), sender.channel(), wait, e.reason());
                pause(wait);
            }
        }
    }

    private ExponentialBackOff backOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.initialBackOff().toMillis(), 2.0);
        backOff.setMaxInterval(properties.maxBackOff().toMillis());
        backOff.setMaxAttempts(properties.retries());
        return backOff;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted while waiting to retry");
        }
    }
}
