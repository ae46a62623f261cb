package com.redress.notification.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOffExecution;

import com.redress.notification.delivery.ChannelsUnavailableException;
import com.redress.notification.delivery.DeliveryFailedException;
import com.redress.platform.deadletter.FailureHandling;

class DeliveryFailureClassificationTest {

    private final DeliveryFailureClassification classification = new DeliveryFailureClassification();

    @Test
    void shouldWaitOutAnOutageInsideTheListenersWrapper() {
        assertThat(classification.handlingOf(new ListenerExecutionFailedException("listener failed",
                new ChannelsUnavailableException("No channel reachable")))).isEqualTo(FailureHandling.WAIT);
    }

    @Test
    void shouldDeadLetterARefusedMessageAtOnce() {
        assertThat(classification.handlingOf(new ListenerExecutionFailedException("listener failed",
                new DeliveryFailedException("No channel took")))).isEqualTo(FailureHandling.DEAD_LETTER);
    }

    @Test
    void shouldLeaveOtherFailuresToThePlatformsRetries() {
        assertThat(classification.handlingOf(new ListenerExecutionFailedException("listener failed",
                new IllegalStateException("outcome not acknowledged")))).isNull();
    }

    @Test
    void shouldKeepReadingAnEventAgainForAsLongAsTheOutageLastsWithPausesGrowingToThirtySeconds() {
        BackOffExecution execution = classification.pausesOf(new ChannelsUnavailableException("No channel reachable"))
                .backOff().start();

        List<Long> pauses = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            pauses.add(execution.nextBackOff());
        }

        assertThat(pauses).doesNotContain(BackOffExecution.STOP);
        assertThat(pauses.subList(0, 5)).containsExactly(2_000L, 4_000L, 8_000L, 16_000L, 30_000L);
        assertThat(pauses.get(999)).isEqualTo(30_000L);
    }
}
