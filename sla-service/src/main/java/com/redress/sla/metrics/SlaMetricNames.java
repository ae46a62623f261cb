package com.redress.sla.metrics;

/**
 * Names and tags of the SLA service's meters (see {@code docs/sla-service.md}); tags stay bounded: tier, kind, type,
 * outcome, never a case id.
 */
public final class SlaMetricNames {

    /** Gauge: clocks open (running or paused) in this instance, by tier and kind. */
    public static final String OPEN_CLOCKS = "redress.sla.clocks.open";
    /** Counter: SLA events published, by type (STARTED … BREACHED), kind and tier. */
    public static final String EVENTS = "redress.sla.events";
    /** Counter: clocks closed, by outcome (met, breached), kind and tier; met / all is the met-within-target ratio. */
    public static final String CLOSED_CLOCKS = "redress.sla.clocks.closed";
    /** Gauge: clocks met within target as a fraction of clocks closed since this instance started. */
    public static final String MET_RATIO = "redress.sla.met.ratio";
    /** Timer (histogram): how long after its deadline each breach was published, by kind. */
    public static final String BREACH_LATENESS = "redress.sla.breach.lateness";
    /** Counter: extensions rejected because the policy's bounds were reached, by kind. */
    public static final String EXTENSIONS_REJECTED = "redress.sla.extensions.rejected";

    public static final String TAG_TIER = "tier";
    public static final String TAG_KIND = "kind";
    public static final String TAG_TYPE = "type";
    public static final String TAG_OUTCOME = "outcome";

    private SlaMetricNames() {
    }
}
