package com.redress.intake.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOffExecution;

import com.redress.intake.deduplication.RegisteredCasesUnavailableException;
import com.redress.intake.normalisation.FieldViolation;
import com.redress.intake.normalisation.InvalidSubmissionException;
import com.redress.platform.deadletter.FailureHandling;

class SubmissionFailureClassificationTest {

    private static final String CASE_ID = "6ea81cbd-9e3e-5133-8fd8-c124d45603b3";

    private final SubmissionFailureClassification classification = new SubmissionFailureClassification();

    @Test
    void shouldWaitForTheRegisteredCasesViewWithoutGivingUp() {
        Exception error = new ListenerExecutionFailedException("listener failed",
                new RegisteredCasesUnavailableException("loading", null));

        assertThat(classification.handlingOf(error)).isEqualTo(FailureHandling.WAIT);
        BackOffExecution execution = classification.pausesOf(error).backOff().start();
        for (int attempt = 0; attempt < 1_000; attempt++) {
            assertThat(execution.nextBackOff()).isEqualTo(SubmissionFailureClassification.VIEW_UNAVAILABLE_PAUSE
                    .toMillis());
        }
    }

    @Test
    void shouldNeverRetryARefusedRecord() {
        Exception invalid = new ListenerExecutionFailedException("listener failed",
                new InvalidSubmissionException(List.of(new FieldViolation("text", "missing_text", "required"))));

        assertThat(classification.handlingOf(invalid)).isEqualTo(FailureHandling.DEAD_LETTER);
        assertThat(classification.handlingOf(new ListenerExecutionFailedException("listener failed",
                new EmptySubmissionException()))).isEqualTo(FailureHandling.DEAD_LETTER);
        assertThat(classification.handlingOf(new SubmissionKeyMismatchException(null)))
                .isEqualTo(FailureHandling.DEAD_LETTER);
        assertThat(classification.handlingOf(new ConflictingSubmissionException(CASE_ID)))
                .isEqualTo(FailureHandling.DEAD_LETTER);
    }

    @Test
    void shouldLeaveOtherFailuresToThePlatformsRetries() {
        assertThat(classification.handlingOf(new IllegalStateException("broker down"))).isNull();
    }
}
