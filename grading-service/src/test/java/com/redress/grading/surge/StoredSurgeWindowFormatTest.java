package com.redress.grading.surge;

import static com.redress.grading.StoredState.assertEveryRecordReadAndWrittenBackUnchanged;

import org.junit.jupiter.api.Test;

import com.redress.platform.streams.JsonStateSerdes;

class StoredSurgeWindowFormatTest {

    @Test
    void shouldKeepTheSurgeWindowsOfTheFirstRelease() {
        assertEveryRecordReadAndWrittenBackUnchanged("grading-category-surges-changelog",
                JsonStateSerdes.of(SurgeWindow.class));
    }
}
