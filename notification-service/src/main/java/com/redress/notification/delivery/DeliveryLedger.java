package com.redress.notification.delivery;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.redress.events.common.NotificationChannel;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationStatus;

/**
 * Which messages were already sent, which quiet hours held back, which were being handed to a provider with no outcome
 * yet, and how often each delivery key was tried, as read back from {@code notifications.outcomes} and recorded as
 * outcomes are written; the record of it is the topic itself. It knows only the requests not yet committed: those read
 * again after a crash or rebalance, whose outcomes are read back from where the last commit said they began.
 */
public class DeliveryLedger {

    private final Map<String, Sent> sentMessages = new ConcurrentHashMap<>();
    private final Map<String, Integer> attemptsOfUnsent = new ConcurrentHashMap<>();
    private final Map<String, Instant> heldBackMessages = new ConcurrentHashMap<>();
    private final Map<String, Start> startedSends = new ConcurrentHashMap<>();

    public void record(NotificationOutcome outcome) {
        String deliveryKey = outcome.getDeliveryKey();
        String messageKey = DeliveryKey.messageKeyOf(deliveryKey);
        if (outcome.getStatus() == NotificationStatus.SENDING) {
            recordStart(outcome, messageKey);
            return;
        }
        startedSends.computeIfPresent(messageKey, (key, started) ->
                started.channel() == outcome.getChannel() || outcome.getStatus() == NotificationStatus.SENT
                        ? null : started);
        if (outcome.getStatus() == NotificationStatus.SENT) {
            sentMessages.merge(messageKey, new Sent(outcome.getChannel(), deliveryKey, outcome.getAttempt()),
                    (known, fresh) -> known.withAttempts(Math.max(known.attempts(), fresh.attempts())));
            attemptsOfUnsent.remove(deliveryKey);
            heldBackMessages.remove(messageKey);
        } else if (sentMessages.containsKey(messageKey)) {
            sentMessages.computeIfPresent(messageKey, (key, known) -> deliveryKey.equals(known.deliveryKey())
                    ? known.withAttempts(Math.max(known.attempts(), outcome.getAttempt())) : known);
        } else {
            attemptsOfUnsent.merge(deliveryKey, outcome.getAttempt(), Math::max);
            if (outcome.getStatus() == NotificationStatus.SUPPRESSED_QUIET_HOURS) {
                heldBackMessages.merge(messageKey, outcome.getOccurredAt(),
                        (known, fresh) -> fresh.isAfter(known) ? fresh : known);
            }
        }
    }

    private void recordStart(NotificationOutcome outcome, String messageKey) {
        if (sentMessages.containsKey(messageKey)) {
            return;
        }
        attemptsOfUnsent.merge(outcome.getDeliveryKey(), outcome.getAttempt(), Math::max);
        startedSends.put(messageKey, new Start(outcome.getChannel(), outcome.getAttempt(), outcome.getTemplateId(),
                outcome.getLanguage(), outcome.getMaskedRecipient(), outcome.getOccurredAt()));
    }

    /**
     * Forgets everything about the message {@code messageKey}: its request is done and committed, so it is not read
     * again, and the ledger only has to know the requests not yet committed.
     */
    public void forget(String messageKey) {
        sentMessages.remove(messageKey);
        heldBackMessages.remove(messageKey);
        startedSends.remove(messageKey);
        attemptsOfUnsent.keySet().removeIf(deliveryKey -> DeliveryKey.messageKeyOf(deliveryKey).equals(messageKey));
    }

    /**
     * The send of the message of {@code key} that was begun ({@code SENDING}) but has no outcome yet, if any: in a
     * running instance only while it is being sent; read back after a crash, one whose fate is unknown.
     */
    public Optional<StartedSend> startedSend(DeliveryKey key) {
        return Optional.ofNullable(startedSends.get(key.messageKey())).map(start -> start.of(key));
    }

    /** When quiet hours last held back the message of {@code key}, if it has not been sent on any channel since. */
    public Optional<Instant> heldBackSince(DeliveryKey key) {
        return Optional.ofNullable(heldBackMessages.get(key.messageKey()));
    }

    /** The channel the message of {@code key} was sent on, if it was sent on any. */
    public Optional<NotificationChannel> sentOn(DeliveryKey key) {
        return Optional.ofNullable(sentMessages.get(key.messageKey())).map(Sent::channel);
    }

    /** The number of the next attempt for {@code key}, 1 for the first. */
    public int nextAttempt(DeliveryKey key) {
        Sent sent = sentMessages.get(key.messageKey());
        if (sent != null && sent.deliveryKey().equals(key.toString())) {
            return sent.attempts() + 1;
        }
        return attemptsOfUnsent.getOrDefault(key.toString(), 0) + 1;
    }

    /**
     * A send begun and not yet reported on.
     *
     * @param attempt   the attempt, as its {@code SENDING} outcome described it
     * @param startedAt when the message was about to be handed over
     */
    public record StartedSend(DeliveryAttempt attempt, Instant startedAt) {

        public DeliveryKey key() {
            return attempt.key();
        }
    }

    /** What a {@code SENDING} outcome says of its attempt; the message it belongs to is the key it is filed under. */
    private record Start(NotificationChannel channel, int attempt, String templateId, String language,
            String maskedRecipient, Instant startedAt) {

        StartedSend of(DeliveryKey message) {
            return new StartedSend(new DeliveryAttempt(message.on(channel), attempt, templateId, language,
                    maskedRecipient), startedAt);
        }
    }

    private record Sent(NotificationChannel channel, String deliveryKey, int attempts) {

        Sent withAttempts(int newAttempts) {
            return new Sent(channel, deliveryKey, newAttempts);
        }
    }
}
