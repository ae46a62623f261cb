package com.redress.intake.channel;

import java.time.Duration;

import com.redress.intake.deduplication.RegisteredCasesUnavailableException;
import com.redress.intake.normalisation.InvalidSubmissionException;
import com.redress.platform.deadletter.FailureClassification;
import com.redress.platform.deadletter.FailureHandling;
import com.redress.platform.deadletter.WaitPauses;

/**
 * Classifies the Kafka door's own failures: an invalid submission, or a record intake refuses as it stands (no value,
 * a key that is not its submission's, a conflicting submission), is a dead letter at once, since a retry cannot fix
 * it; a submission that arrives while the registered-cases view is unavailable waits for the view, however long,
 * read again every second.
 */
class SubmissionFailureClassification implements FailureClassification {

    static final Duration VIEW_UNAVAILABLE_PAUSE = Duration.ofSeconds(1);

    @Override
    public FailureHandling handlingOf(Throwable failure) {
        if (FailureClassification.causedBy(failure, InvalidSubmissionException.class, RejectedRecordException.class)) {
            return FailureHandling.DEAD_LETTER;
        }
        if (FailureClassification.causedBy(failure, RegisteredCasesUnavailableException.class)) {
            return FailureHandling.WAIT;
        }
        return null;
    }

    @Override
    public WaitPauses pausesOf(Throwable failure) {
        return WaitPauses.every(VIEW_UNAVAILABLE_PAUSE);
    }
}
