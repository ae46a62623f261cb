package com.redress.notification.survey;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rolling CSAT and NPS scores and the answer distribution. */
class SurveyMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SurveyMetrics metrics = new SurveyMetrics(registry, 4);

    @Test
    void shouldScoreNpsAsPromotersMinusDetractorsOverTheRecentWindow() {
        metrics.record(new SurveyAnswer(null, 0, null));
        metrics.record(new SurveyAnswer(null, 10, null));
        metrics.record(new SurveyAnswer(null, 9, null));
        metrics.record(new SurveyAnswer(null, 7, null));
        metrics.record(new SurveyAnswer(null, 10, null));

        // the window holds 10, 9, 7, 10: three promoters, no detractor
        assertThat(registry.get(SurveyMetrics.NPS_ROLLING).gauge().value()).isEqualTo(75.0);
        assertThat(registry.get(SurveyMetrics.ANSWERS).tag("question", "nps").tag("score", "10").counter().count())
                .isEqualTo(2.0);
    }

    @Test
    void shouldScoreCsatAsTheShareOfSatisfiedAnswers() {
        metrics.record(new SurveyAnswer(5, null, null));
        metrics.record(new SurveyAnswer(2, null, null));

        assertThat(registry.get(SurveyMetrics.CSAT_ROLLING).gauge().value()).isEqualTo(50.0);
    }

    @Test
    void shouldReportNoScoreBeforeAnyAnswer() {
        assertThat(registry.get(SurveyMetrics.NPS_ROLLING).gauge().value()).isNaN();
    }
}
