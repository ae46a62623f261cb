package com.redress.bench.probe;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuietProcessTest {

    @Test
    void shouldCallAProcessQuietOnlyBelowATenthOfACore() {
        Duration window = Duration.ofSeconds(10);

        assertThat(QuietProcess.isQuiet(Duration.ofMillis(300), window)).isTrue();
        assertThat(QuietProcess.isQuiet(Duration.ofMillis(1_500), window)).isFalse();
    }
}
