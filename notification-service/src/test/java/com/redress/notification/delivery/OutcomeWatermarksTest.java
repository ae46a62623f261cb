package com.redress.notification.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed metadata names, per outcomes partition, where the outcomes of uncommitted requests begin. */
class OutcomeWatermarksTest {

    @Test
    void shouldNameTheOffsetAfterTheLastOutcomeWrittenOnEachPartition() {
        // Given
        OutcomeWatermarks watermarks = new OutcomeWatermarks();
        watermarks.takenOver(2, 40);

        // When
        watermarks.written(2, 41);
        watermarks.written(2, 45);
        watermarks.written(5, 7);

        // Then
        String metadata = watermarks.metadata();
        assertThat(OutcomeWatermarks.nextOffsetIn(metadata, 2)).contains(46L);
        assertThat(OutcomeWatermarks.nextOffsetIn(metadata, 5)).contains(8L);
        assertThat(OutcomeWatermarks.nextOffsetIn(metadata, 3)).isEmpty();
    }

    @Test
    void shouldForgetAPartitionThisInstanceNoLongerHolds() {
        // Given
        OutcomeWatermarks watermarks = new OutcomeWatermarks();
        watermarks.takenOver(1, 10);

        // When
        watermarks.released(1);

        // Then
        assertThat(OutcomeWatermarks.nextOffsetIn(watermarks.metadata(), 1)).isEmpty();
    }

    @Test
    void shouldFindNothingInMetadataOfAnotherFormOrNone() {
        assertThat(OutcomeWatermarks.nextOffsetIn(null, 0)).isEmpty();
        assertThat(OutcomeWatermarks.nextOffsetIn("", 0)).isEmpty();
        assertThat(OutcomeWatermarks.nextOffsetIn("0=abc", 0)).isEmpty();
        assertThat(OutcomeWatermarks.nextOffsetIn("something else", 0)).isEmpty();
    }
}
