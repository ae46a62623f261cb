package com.redress.notification.planning;

/**
 * Keys of the store ordered by due time, {@code <zero-padded due instant>|<caseId>|<what>}, where what is a message
 * key or {@link #EXPIRY}: a range scan from the start to "now" returns exactly what is due, earliest first.
 */
final class DueIndex {

    /** What a case's expiry entry names instead of a message key. */
    static final String EXPIRY = "@expiry";

    private static final String SEPARATOR = "|";
    /** Sorts after the separator, so that a range ending at {@code now + AFTER_ALL} includes every key due at now. */
    private static final String AFTER_ALL = "~";

    private DueIndex() {
    }

    static String key(long dueAt, String caseId, String what) {
        return pad(dueAt) + SEPARATOR + caseId + SEPARATOR + what;
    }

    static String first() {
        return pad(0);
    }

    static String lastDueAt(long now) {
        return pad(now) + AFTER_ALL;
    }

    static long dueAtOf(String key) {
        return Long.parseLong(key.substring(0, key.indexOf(SEPARATOR)));
    }

    /** The case id; message keys hold no separator, so the case id runs from the first to the last one. */
    static String caseIdOf(String key) {
        return key.substring(key.indexOf(SEPARATOR) + 1, key.lastIndexOf(SEPARATOR));
    }

    static String whatOf(String key) {
        return key.substring(key.lastIndexOf(SEPARATOR) + 1);
    }

    private static String pad(long epochMillis) {
        return String.format("%019d", Math.max(0, epochMillis));
    }
}
