package com.redress.bench.track;

import org.HdrHistogram.Histogram;

/**
 * The latencies of one batch's complaints, in milliseconds from the moment each was received (sent by the driver) to
 * its {@code ComplaintRegistered}, its {@code ComplaintGraded} and its acknowledgement's {@code NotificationOutcome}.
 */
public final class StageLatencies {

    private static final long HIGHEST_MILLIS = 3_600_000;

    private final Histogram registered = histogram();
    private final Histogram graded = histogram();
    private final Histogram acknowledged = histogram();
    private long completed;
    private long registeredSeen;
    private long gradedSeen;
    private long acknowledgedSeen;

    synchronized void seen(boolean registration, boolean grade, boolean acknowledgement) {
        registeredSeen += registration ? 1 : 0;
        gradedSeen += grade ? 1 : 0;
        acknowledgedSeen += acknowledgement ? 1 : 0;
    }

    /** Complaints of the batch whose registration has been seen. */
    public synchronized long registeredSeen() {
        return registeredSeen;
    }

    /** Complaints of the batch whose first grade has been seen. */
    public synchronized long gradedSeen() {
        return gradedSeen;
    }

    /** Complaints of the batch whose acknowledgement has been seen sent. */
    public synchronized long acknowledgedSeen() {
        return acknowledgedSeen;
    }

    synchronized void record(long receivedAt, long registeredAt, long gradedAt, long acknowledgedAt) {
        registered.recordValue(clamp(registeredAt - receivedAt));
        graded.recordValue(clamp(gradedAt - receivedAt));
        acknowledged.recordValue(clamp(acknowledgedAt - receivedAt));
        completed++;
    }

    /** Complaints whose registration, grade and acknowledgement have all been seen. */
    public synchronized long completed() {
        return completed;
    }

    public synchronized Histogram registered() {
        return registered.copy();
    }

    public synchronized Histogram graded() {
        return graded.copy();
    }

    public synchronized Histogram acknowledged() {
        return acknowledged.copy();
    }

    private static Histogram histogram() {
        return new Histogram(1, HIGHEST_MILLIS, 3);
    }

    private static long clamp(long millis) {
        return Math.min(HIGHEST_MILLIS, Math.max(1, millis));
    }
}
