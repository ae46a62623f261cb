package com.redress.grading.metrics;

import static com.redress.grading.metrics.GradingMetricNames.TAG_CATEGORY;
import static com.redress.grading.metrics.GradingMetricNames.TAG_KIND;
import static com.redress.grading.metrics.GradingMetricNames.TAG_MERGED;
import static com.redress.grading.metrics.GradingMetricNames.TAG_REASON;
import static com.redress.grading.metrics.GradingMetricNames.TAG_STORE;
import static com.redress.grading.metrics.GradingMetricNames.TAG_TIER;

import io.micrometer.core.instrument.MeterRegistry;

import com.redress.events.grading.Category;
import com.redress.events.grading.GradingReason;

/**
 * Counts what grading decides: grades by category and tier, re-grades, repeats, incidents, skipped duplicates and
 * case state deleted after closure.
 *
 * <p>Under exactly-once processing a task that is retried after a failure may count a decision twice; the events on
 * {@code complaints.graded} are the exact record.
 */
public class GradingMetrics {

    private final MeterRegistry registry;

    public GradingMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void graded(Category category, int tier, GradingReason reason) {
        registry.counter(GradingMetricNames.GRADED, TAG_CATEGORY, category.name(), TAG_TIER, String.valueOf(tier),
                TAG_REASON, reason.name()).increment();
        if (reason != GradingReason.INITIAL) {
            registry.counter(GradingMetricNames.REGRADED, TAG_REASON, reason.name(), TAG_TIER, String.valueOf(tier))
                    .increment();
        }
    }

    public void repeat(Category category, boolean merged) {
        registry.counter(GradingMetricNames.REPEATS, TAG_CATEGORY, category.name(), TAG_MERGED,
                String.valueOf(merged)).increment();
    }

    public void incident(Category category) {
        registry.counter(GradingMetricNames.INCIDENTS, TAG_CATEGORY, category.name()).increment();
    }

    /** @param kind what was redelivered, e.g. {@code registered} or {@code update} */
    public void duplicate(String kind) {
        registry.counter(GradingMetricNames.DUPLICATES, TAG_KIND, kind).increment();
    }

    /** @param store the state store that deleted a case's state */
    public void expired(String store) {
        registry.counter(GradingMetricNames.EXPIRED, TAG_STORE, store).increment();
    }
}
