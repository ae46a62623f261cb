package com.redress.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExponentialBackoffTest {

    @Test
    void shouldDoubleTheWaitForEachRetryUpToTheMaximum() {
        // Given
        ExponentialBackoff backoff = new ExponentialBackoff(Duration.ofMillis(100), Duration.ofMillis(1_000));

        // When
        var delays = IntStream.rangeClosed(1, 6).mapToObj(backoff::delayBeforeRetry).map(Duration::toMillis).toList();

        // Then
        assertThat(delays).containsExactly(100L, 200L, 400L, 800L, 1_000L, 1_000L);
    }

    @Test
    void shouldNotOverflowForManyRetries() {
        // Given
        ExponentialBackoff backoff = new ExponentialBackoff(Duration.ofMillis(100), Duration.ofSeconds(5));

        // When
        Duration delay = backoff.delayBeforeRetry(200);

        // Then
        assertThat(delay).isEqualTo(Duration.ofSeconds(5));
    }
}
