package com.redress.bench.phase;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryAtStartTest {

    @Test
    void shouldTellTheMeasuredServicesGroupsFromTheOthers() {
        assertThat(HistoryAtStart.isMeasuredServicesGroup("notification-service-delayed")).isTrue();
        assertThat(HistoryAtStart.isMeasuredServicesGroup("intake-service-case-view")).isTrue();
        assertThat(HistoryAtStart.isMeasuredServicesGroup("grading-service")).isFalse();
        assertThat(HistoryAtStart.isMeasuredServicesGroup("sla-service")).isFalse();
    }
}
