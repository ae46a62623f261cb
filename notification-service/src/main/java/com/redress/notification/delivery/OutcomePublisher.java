package com.redress.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.kafka.core.KafkaTemplate;

import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationStatus;

/**
 * Writes the outcome of every attempt to {@code notifications.outcomes} and waits for the broker's acknowledgement,
 * so the outcome is durable before the consumed event's offset can be committed; records it in the ledger first.
 */
public class OutcomePublisher {

    private final KafkaTemplate<String, Object> kafka;
    private final String topic;
    private final DeliveryLedger ledger;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final String source;
    private final Duration acknowledgementTimeout;
    private final OutcomeWatermarks watermarks;

    public OutcomePublisher(KafkaTemplate<String, Object> kafka, String topic, DeliveryLedger ledger,
            DeliveryMetrics metrics, Clock clock, String source, Duration acknowledgementTimeout,
            OutcomeWatermarks watermarks) {
        this.kafka = kafka;
        this.topic = topic;
        this.ledger = ledger;
        this.metrics = metrics;
        this.clock = clock;
        this.source = source;
        this.acknowledgementTimeout = acknowledgementTimeout;
        this.watermarks = watermarks;
    }

    public NotificationOutcome publish(DeliveryAttempt attempt, NotificationStatus status, String failureReason,
            String providerMessageId) {
        DeliveryKey key = attempt.key();
        NotificationOutcome outcome = NotificationOutcome.newBuilder()
                .setEventId(UUID.randomUUID())
                .setCaseId(key.caseId())
                .setOccurredAt(clock.instant())
                .setSource(source)
                .setStatus(status)
                .setChannel(key.channel())
                .setMessageKind(key.kind())
                .setTemplateId(attempt.templateId())
                .setLanguage(attempt.language())
                .setAttempt(attempt.attempt())
                .setDeliveryKey(key.toString())
                .setMaskedRecipient(attempt.maskedRecipient())
                .setFailureReason(failureReason)
                .setProviderMessageId(providerMessageId)
                .build();
        // the ledger learns first: a failure to publish below must not let a retry of this event send again
        ledger.record(outcome);
        metrics.outcome(key.channel(), key.kind(), status);
        awaitAcknowledgement(outcome);
        return outcome;
    }

    private void awaitAcknowledgement(NotificationOutcome outcome) {
        try {
            RecordMetadata written = kafka.send(topic, outcome.getCaseId(), outcome)
                    .get(acknowledgementTimeout.toMillis(), TimeUnit.MILLISECONDS).getRecordMetadata();
            watermarks.written(written.partition(), written.offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutcomeNotRecordedException("interrupted while recording an outcome", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new OutcomeNotRecordedException("outcome not acknowledged by the broker", e);
        }
    }
}
