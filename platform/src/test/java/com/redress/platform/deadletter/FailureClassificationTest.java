package com.redress.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class FailureClassificationTest {

    @Test
    void shouldFindAKindOfFailureAmongTheCausesOfTheListenersWrapper() {
        Exception failure = new ListenerExecutionFailedException("listener failed",
                new IllegalStateException("view unavailable",
                        new UncheckedIOException("closed", new IOException("closed"))));

        assertThat(FailureClassification.causedBy(failure, IllegalStateException.class)).isTrue();
        assertThat(FailureClassification.causedBy(failure, IllegalArgumentException.class,
                UncheckedIOException.class)).isTrue();
        assertThat(FailureClassification.causedBy(failure, IllegalArgumentException.class)).isFalse();
    }
}
