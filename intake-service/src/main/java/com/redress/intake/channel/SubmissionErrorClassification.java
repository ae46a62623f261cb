package com.redress.intake.channel;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

import com.redress.intake.deduplication.RegisteredCasesUnavailableException;
import com.redress.intake.normalisation.InvalidSubmissionException;

/**
 * Teaches the platform's listener error handler two intake-specific failures: an invalid submission, or a record
 * intake refuses as it stands (no value, a key that is not its submission's, a conflicting submission), goes to dead
 * letters at once, since a retry cannot fix it; a submission that arrives while the registered-cases view is
 * unavailable waits for the view, however long, instead of being dead-lettered after the usual retries.
 */
class SubmissionErrorClassification implements BeanPostProcessor {

    static final long VIEW_UNAVAILABLE_RETRY_MILLIS = 1_000;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DefaultErrorHandler errorHandler) {
            errorHandler.addNotRetryableExceptions(InvalidSubmissionException.class,
                    RejectedRecordException.class);
            errorHandler.setBackOffFunction((record, error) -> backOffFor(error));
        }
        return bean;
    }

    /** The back-off for {@code error}, or {@code null} for the handler's own. */
    static BackOff backOffFor(Throwable error) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (current instanceof RegisteredCasesUnavailableException) {
                return new FixedBackOff(VIEW_UNAVAILABLE_RETRY_MILLIS, FixedBackOff.UNLIMITED_ATTEMPTS);
            }
        }
        return null;
    }
}
