package com.redress.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.BackOffExecution;

class WaitPausesTest {

    @Test
    void shouldDoubleThePauseUpToTheLongestAndNeverGiveUp() {
        List<Long> pauses = pauses(new WaitPauses(Duration.ofSeconds(2), Duration.ofSeconds(30)), 1_000);

        assertThat(pauses.subList(0, 5)).containsExactly(2_000L, 4_000L, 8_000L, 16_000L, 30_000L);
        assertThat(pauses).doesNotContain(BackOffExecution.STOP);
        assertThat(pauses.get(999)).isEqualTo(30_000L);
    }

    @Test
    void shouldPauseEvenlyWhenEveryPauseIsTheSame() {
        assertThat(pauses(WaitPauses.every(Duration.ofSeconds(1)), 1_000)).containsOnly(1_000L);
    }

    @Test
    void shouldGrowFromOneToThirtySecondsByDefault() {
        FailureClassification classification = failure -> FailureHandling.WAIT;

        assertThat(classification.pausesOf(new IllegalStateException("down"))).isEqualTo(WaitPauses.GROWING);
        assertThat(pauses(WaitPauses.GROWING, 6)).containsExactly(1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 30_000L);
    }

    @Test
    void shouldRefuseNoPauseOrALongestPauseShorterThanTheFirst() {
        assertThatIllegalArgumentException().isThrownBy(() -> WaitPauses.every(Duration.ZERO));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WaitPauses(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }

    private static List<Long> pauses(WaitPauses waitPauses, int attempts) {
        BackOffExecution execution = waitPauses.backOff().start();
        List<Long> pauses = new ArrayList<>();
        for (int attempt = 0; attempt < attempts; attempt++) {
            pauses.add(execution.nextBackOff());
        }
        return pauses;
    }
}
