package com.redress.intake.registration;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaTemplate;

/** Writes intake's events keyed by case id and waits for the broker's acknowledgement, so an answer means durable. */
public class IntakeEventPublisher {

    private final KafkaTemplate<String, SpecificRecord> kafkaTemplate;
    private final Duration timeout;

    public IntakeEventPublisher(KafkaTemplate<String, SpecificRecord> kafkaTemplate, Duration timeout) {
        this.kafkaTemplate = kafkaTemplate;
        this.timeout = timeout;
    }

    /**
     * Writes {@code event} to {@code topic} under {@code caseId}.
     *
     * @throws EventPublishingException when the broker did not acknowledge within the timeout
     */
    public void publish(String topic, String caseId, SpecificRecord event) {
        try {
            kafkaTemplate.send(topic, caseId, event).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventPublishingException("Interrupted while writing to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new EventPublishingException("Could not write to " + topic + " within " + timeout, e);
        }
    }
}
