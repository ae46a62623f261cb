package com.redress.grading.topology;

import static com.redress.grading.StoredState.assertEveryRecordReadAndWrittenBackUnchanged;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.redress.grading.message.GradingMessage;
import com.redress.platform.streams.JsonStateSerdes;

/** The case store and the repartition topics keep the JSON of the first release. */
class StoredStateFormatTest {

    @Test
    void shouldKeepTheCaseGradeStateOfTheFirstRelease() {
        assertEveryRecordReadAndWrittenBackUnchanged("grading-case-grades-changelog",
                JsonStateSerdes.of(CaseGradeState.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"grading-by-customer-repartition", "grading-by-category-repartition",
            "grading-by-case-repartition"})
    void shouldKeepTheMessagesBetweenStepsOfTheFirstRelease(String topic) {
        assertEveryRecordReadAndWrittenBackUnchanged(topic, JsonStateSerdes.of(GradingMessage.class));
    }
}
