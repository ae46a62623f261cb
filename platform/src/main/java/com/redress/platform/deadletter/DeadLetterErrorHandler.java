package com.redress.platform.deadletter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The platform's listener error handler: spring-kafka's {@link DefaultErrorHandler} publishing to dead letters, whose
 * back-off for each failure follows the first of the {@link FailureClassification}s (the platform's first) that knows
 * it, waiting with that classification's pauses. A back-off function a service sets itself is asked only for failures
 * no classification knows, so the platform's handling of registry outages and unreadable records holds for every
 * listener.
 */
public class DeadLetterErrorHandler extends DefaultErrorHandler {

    private static final BackOff AT_ONCE = new FixedBackOff(0, 0);

    private final List<FailureClassification> classifications;

    DeadLetterErrorHandler(DeadLetterPublishing publishing, BackOff retries,
            List<FailureClassification> classifications) {
        super(publishing, retries);
        List<FailureClassification> all = new ArrayList<>();
        all.add(FailureClassification.PLATFORM);
        all.addAll(classifications);
        this.classifications = List.copyOf(all);
        // spring-kafka dead-letters an unreadable record without asking the back-off; the classifications decide
        removeClassification(DeserializationException.class);
        super.setBackOffFunction(this::backOffFor);
    }

    @Override
    public void setBackOffFunction(BiFunction<ConsumerRecord<?, ?>, Exception, BackOff> serviceBackOff) {
        super.setBackOffFunction((record, failure) -> {
            BackOff classified = backOffFor(record, failure);
            return classified != null ? classified : serviceBackOff.apply(record, failure);
        });
    }

    /** The back-off for {@code failure}, or {@code null} for the configured retries. */
    BackOff backOffFor(ConsumerRecord<?, ?> record, Exception failure) {
        for (FailureClassification classification : classifications) {
            FailureHandling handling = classification.handlingOf(failure);
            if (handling != null) {
                return switch (handling) {
                    case DEAD_LETTER -> AT_ONCE;
                    case RETRY -> null;
                    case WAIT -> classification.pausesOf(failure).backOff();
                };
            }
        }
        return null;
    }
}
