package com.redress.sla.engine;

import com.redress.events.sla.ClockKind;
import com.redress.sla.clock.DueThreshold;

/**
 * Keys of the store ordered by due time: the zero-padded due instant first, so that a range scan from the start to
 * "now" returns exactly the thresholds that are due, earliest first, whatever the number of open cases.
 */
public final class DueIndex {

    /** Name of the due-time store. */
    static final String STORE = "sla-due-index";

    private static final String SEPARATOR = "|";
    /** Sorts after the separator, so that a range ending at {@code now + AFTER_ALL} includes every key due at now. */
    private static final String AFTER_ALL = "~";

    private DueIndex() {
    }

    static String key(String caseId, DueThreshold due) {
        return pad(due.dueAt()) + SEPARATOR + caseId + SEPARATOR + due.kind().name() + SEPARATOR + due.fraction();
    }

    static String first() {
        return pad(0);
    }

    /** The lower bound of a scan for everything due at or after {@code from}. */
    public static String firstDueAt(long from) {
        return pad(from);
    }

    /** The upper bound of a scan for everything due at or before {@code now}. */
    public static String lastDueAt(long now) {
        return pad(now) + AFTER_ALL;
    }

    /** The case id of {@code key}; ids may contain the separator, so the fixed-width fields are cut from both ends. */
    public static String caseIdOf(String key) {
        int start = key.indexOf(SEPARATOR) + 1;
        int end = key.lastIndexOf(SEPARATOR, key.lastIndexOf(SEPARATOR) - 1);
        return key.substring(start, end);
    }

    public static DueThreshold thresholdOf(String key) {
        int fractionAt = key.lastIndexOf(SEPARATOR);
        int kindAt = key.lastIndexOf(SEPARATOR, fractionAt - 1);
        long dueAt = Long.parseLong(key.substring(0, key.indexOf(SEPARATOR)));
        ClockKind kind = ClockKind.valueOf(key.substring(kindAt + 1, fractionAt));
        return new DueThreshold(dueAt, kind, Double.parseDouble(key.substring(fractionAt + 1)));
    }

    private static String pad(long epochMillis) {
        return String.format("%019d", Math.max(0, epochMillis));
    }
}
