package com.redress.sla.metrics;

/**
 * Names and tags of the SLA service's meters (see {@code docs/sla-service.md}); tags stay bounded: tier, kind, type,
 * outcome, calendar, never a case id.
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

    /** Counter: SLA events published with a provisional deadline, by kind and calendar. */
    public static final String PROVISIONAL_DEADLINES = "redress.sla.deadlines.provisional";
    /** Gauge: days from today to the end of the calendar's coverage, by calendar and whether the policy pack uses it. */
    public static final String CALENDAR_COVERAGE_DAYS_LEFT = "redress.sla.calendar.coverage.days.left";
    /** Gauge: days from today to the last settled date (covered, not provisional), by calendar and use. */
    public static final String CALENDAR_SETTLED_DAYS_LEFT = "redress.sla.calendar.settled.days.left";
    /** Gauge: version of each calendar in force. */
    public static final String CALENDAR_VERSION = "redress.sla.calendar.version";
    /** Counter: reloads of the calendar files that changed something, by outcome (applied, rejected). */
    public static final String CALENDAR_RELOADS = "redress.sla.calendar.reloads";
    /** Counter: query API requests admitted by API key, by client and key (fingerprint); shows a rotation's end. */
    public static final String API_AUTHENTICATED = "redress.sla.api.authenticated";

    public static final String TAG_TIER = "tier";
    public static final String TAG_KIND = "kind";
    public static final String TAG_TYPE = "type";
    public static final String TAG_OUTCOME = "outcome";
    public static final String TAG_CALENDAR = "calendar";
    public static final String TAG_IN_USE = "in_use";
    /** The client an API key belongs to, e.g. complaints-desk. */
    public static final String TAG_CLIENT = "client";

    private SlaMetricNames() {
    }
}
