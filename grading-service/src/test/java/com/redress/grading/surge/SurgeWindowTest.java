package com.redress.grading.surge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.redress.grading.surge.SurgeWindow.Arrival;

class SurgeWindowTest {

    private static final long WINDOW = Duration.ofMinutes(10).toMillis();
    private static final int KEEP = 51;

    @Test
    void shouldCountEveryArrivalOfALongSurgeInBoundedSpace() {
        // Given a surge of 100 complaints a second for 20 minutes
        SurgeWindow window = SurgeWindow.empty();
        for (int i = 0; i < 120_000; i++) {
            window = window.with(new Arrival("c-" + i, i * 10L), WINDOW, KEEP);
        }

        // Then the window counts the last ten minutes exactly, keeping one count per second and the newest cases
        assertThat(window.count()).isEqualTo(60_000);
        assertThat(window.seconds()).hasSize(600);
        assertThat(window.arrivals()).hasSize(KEEP);
        assertThat(window.caseIds()).last().isEqualTo("c-119999");
        assertThat(window.counted("c-119990")).isTrue();
    }

    @Test
    void shouldDropArrivalsThatFellOutOfTheWindow() {
        // Given arrivals at minutes 0, 1, 2 and 11
        SurgeWindow window = SurgeWindow.empty();
        for (long minute : List.of(0L, 1L, 2L, 11L)) {
            window = window.with(new Arrival("c-" + minute, Duration.ofMinutes(minute).toMillis()), WINDOW, KEEP);
        }

        // Then those received ten minutes or more before the newest are gone
        assertThat(window.count()).isEqualTo(2);
        assertThat(window.caseIds()).containsExactly("c-2", "c-11");
    }

    @Test
    void shouldCountStateWrittenBeforeThePerSecondCountsFromItsArrivals() {
        // Given a window read from a store written by the earlier form, which held every arrival and no counts
        SurgeWindow legacy = new SurgeWindow(List.of(new Arrival("c-1", 1_000), new Arrival("c-2", 1_500),
                new Arrival("c-3", 3_000)), null, null);

        // Then its counts are rebuilt from the arrivals
        assertThat(legacy.count()).isEqualTo(3);
        assertThat(legacy.seconds()).containsExactly(new SurgeWindow.Second(1, 2), new SurgeWindow.Second(3, 1));
    }
}
