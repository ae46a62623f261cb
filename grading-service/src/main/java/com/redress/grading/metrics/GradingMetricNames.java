package com.redress.grading.metrics;

/** Names and tags of the grading service's own meters, next to the shared ones in {@code MetricNames}. */
public final class GradingMetricNames {

    /** Counter: grades emitted, by category, tier and reason (initial or a re-grade). */
    public static final String GRADED = "redress.grading.graded";
    /** Counter: re-grades emitted, by reason and the new tier. */
    public static final String REGRADED = "redress.grading.regraded";
    /** Counter: repeat complaints detected, by category and whether merged into an open case. */
    public static final String REPEATS = "redress.grading.repeats";
    /** Counter: surge incidents declared, by category. */
    public static final String INCIDENTS = "redress.grading.incidents";
    /** Counter: redelivered registrations and updates recognised and skipped, by kind. */
    public static final String DUPLICATES = "redress.grading.duplicates";
    /** Counter: cases whose state a store deleted once the retention after closure had passed, by store. */
    public static final String EXPIRED = "redress.grading.expired";

    public static final String TAG_CATEGORY = "category";
    public static final String TAG_TIER = "tier";
    public static final String TAG_REASON = "reason";
    public static final String TAG_MERGED = "merged";
    public static final String TAG_KIND = "kind";
    public static final String TAG_STORE = "store";

    private GradingMetricNames() {
    }
}
