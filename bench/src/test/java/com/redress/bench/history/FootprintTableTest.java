package com.redress.bench.history;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.redress.bench.report.Figure;

import static org.assertj.core.api.Assertions.assertThat;

class FootprintTableTest {

    private static final long MB = 1024 * 1024;

    @Test
    void shouldPrintOneLinePerInstanceWithWhatCouldNotBeMeasuredAsNotAvailable() {
        // Given an instance that got ready and one whose process died before it did
        List<InstanceFootprint> footprints = List.of(
                new InstanceFootprint("notification-service", "alone", 9.25, 41.5, 50, 180 * MB, 420 * MB, 0),
                new InstanceFootprint("intake-service", "alone", 12.0, Double.NaN, Double.NaN, -1, -1, 3 * MB));

        // When they are printed
        String text = FootprintTable.text(footprints);

        // Then each has its line, seconds with one decimal and megabytes whole
        assertThat(text.lines()).hasSize(3);
        assertThat(text.lines().toList().get(1)).contains("notification-service", "alone", "9.3", "41.5", "180",
                "420");
        assertThat(text.lines().toList().get(2)).contains("intake-service", "n/a", "3");
    }

    @Test
    void shouldHoldReadyTimeAndHeapAgainstTheirTargets() {
        // Given an instance ready in time with a small heap, and one ready late with a large heap
        InstanceFootprint quick = new InstanceFootprint("intake-service", "1 of 2", 5, 20, 30, 200 * MB, 500 * MB,
                MB);
        InstanceFootprint slow = new InstanceFootprint("notification-service", "alone", 5, 95, 100, 900 * MB, 1200 * MB,
                0);

        // When they become figures
        List<Figure> quickFigures = FootprintTable.figures("5 history", quick);
        List<Figure> slowFigures = FootprintTable.figures("5 history", slow);

        // Then the targets are met by the one and missed by the other, named with the service and instance
        assertThat(quickFigures).extracting(Figure::verdict).containsExactly("", "met", "", "met", "", "");
        assertThat(slowFigures).extracting(Figure::verdict).containsExactly("", "MISSED", "", "MISSED", "", "");
        assertThat(quickFigures.get(1).name()).isEqualTo("intake-service (1 of 2): start -> serves a fresh case");
        assertThat(slowFigures.get(3).value()).isEqualTo(900.0);
    }

    @Test
    void shouldMissTheTargetsOfAnInstanceThatNeverGotReady() {
        InstanceFootprint neverReady = new InstanceFootprint("notification-service", "alone", Double.NaN,
                Double.NaN, Double.NaN, -1, -1, 0);

        List<Figure> figures = FootprintTable.figures("5 history", neverReady);

        assertThat(figures.get(1).verdict()).isEqualTo("MISSED");
        assertThat(figures.get(3).formattedValue()).isEqualTo("n/a");
    }
}
