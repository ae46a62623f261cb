package com.redress.platform.deadletter;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import com.redress.platform.metrics.MetricNames;

/** Counts dead letters by source topic and exception, the figure operations alert on. */
final class DeadLetterMetrics {

    private DeadLetterMetrics() {
    }

    static void count(MeterRegistry registry, String sourceTopic, Throwable error) {
        Throwable reason = error instanceof ListenerExecutionFailedException && error.getCause() != null
                ? error.getCause()
                : error;
        registry.counter(MetricNames.DEAD_LETTERS, MetricNames.TAG_TOPIC, sourceTopic, MetricNames.TAG_EXCEPTION,
                reason.getClass().getSimpleName()).increment();
    }
}
