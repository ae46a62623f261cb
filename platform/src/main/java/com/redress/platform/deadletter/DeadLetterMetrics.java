package com.redress.platform.deadletter;

import io.micrometer.core.instrument.MeterRegistry;

import com.redress.platform.metrics.MetricNames;

/** Counts dead letters by source topic and exception, the figure operations alert on. */
final class DeadLetterMetrics {

    private DeadLetterMetrics() {
    }

    static void count(MeterRegistry registry, String sourceTopic, Throwable error) {
        registry.counter(MetricNames.DEAD_LETTERS, MetricNames.TAG_TOPIC, sourceTopic, MetricNames.TAG_EXCEPTION,
                DeadLetterRecords.reasonOf(error).getClass().getSimpleName()).increment();
    }
}
