package com.redress.intake.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOffExecution;

import com.redress.intake.deduplication.RegisteredCasesUnavailableException;
import com.redress.intake.normalisation.FieldViolation;
import com.redress.intake.normalisation.InvalidSubmissionException;

class SubmissionErrorClassificationTest {

    @Test
    void shouldWaitForTheRegisteredCasesViewWithoutGivingUp() {
        Exception error = new ListenerExecutionFailedException("listener failed",
                new RegisteredCasesUnavailableException("loading", null));

        BackOffExecution execution = SubmissionErrorClassification.backOffFor(error).start();

        for (int attempt = 0; attempt < 1_000; attempt++) {
            assertThat(execution.nextBackOff()).isEqualTo(SubmissionErrorClassification.VIEW_UNAVAILABLE_RETRY_MILLIS);
        }
    }

    @Test
    void shouldLeaveOtherFailuresToTheHandlersOwnBackOff() {
        Exception invalid = new ListenerExecutionFailedException("listener failed",
                new InvalidSubmissionException(List.of(new FieldViolation("text", "missing_text", "required"))));

        assertThat(SubmissionErrorClassification.backOffFor(invalid)).isNull();
        assertThat(SubmissionErrorClassification.backOffFor(new IllegalStateException("broker down"))).isNull();
    }
}
