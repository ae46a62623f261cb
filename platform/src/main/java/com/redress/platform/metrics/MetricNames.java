package com.redress.platform.metrics;

/**
 * Names of Redress's own meters, dotted as Micrometer wants them; Prometheus sees them with underscores and a unit or
 * {@code _total} suffix (e.g. {@code redress.deadletter.records} → {@code redress_deadletter_records_total}).
 *
 * <p>Labels stay bounded: topic, channel, category, tier, kind, reason, never a case or customer id.
 */
public final class MetricNames {

    /** Common tag: the service's {@code spring.application.name}. */
    public static final String TAG_SERVICE = "service";
    /** Common tag: which instance of the service (host name unless {@code redress.instance-id} is set). */
    public static final String TAG_INSTANCE = "instance";
    public static final String TAG_TOPIC = "topic";
    public static final String TAG_EXCEPTION = "exception";

    /** Counter: records sent to a dead-letter topic, by source topic and exception class. */
    public static final String DEAD_LETTERS = "redress.deadletter.records";

    private MetricNames() {
    }
}
