package com.redress.bench.phase;

import java.time.Duration;
import java.util.Locale;

import com.redress.bench.load.ComplaintDriver;
import com.redress.bench.load.DriveResult;
import com.redress.bench.report.Figure;
import com.redress.bench.report.Percentiles;
import com.redress.bench.report.ResultTable;
import com.redress.bench.track.PipelineTracker;
import com.redress.bench.track.StageLatencies;

/**
 * The time a customer waits at a steady rate: from each complaint's receipt (the moment the driver sent it, carried
 * as {@code receivedAt}) to its {@code ComplaintRegistered}, {@code ComplaintGraded} and acknowledgement dispatched
 * ({@code NotificationOutcome} ACKNOWLEDGEMENT SENT), each by the event's own {@code occurredAt}.
 */
public final class LatencyAtRate {

    static final String SECTION = "3 latency";
    static final int TARGET_RATE = 1000;
    static final long TARGET_P99_MILLIS = 500;

    private LatencyAtRate() {
    }

    public static void run(ComplaintDriver driver, PipelineTracker tracker, int rate, Duration duration,
            Duration drainTimeout, ResultTable table) {
        String batch = "lat" + rate;
        StageLatencies latencies = tracker.batch(batch);
        DriveResult result = driver.drive(batch, rate, duration);
        boolean drained = Drain.await(latencies::completed, result.sent(), drainTimeout);
        System.out.printf(Locale.ROOT, "  %,d/s: sent %,d at %.0f/s, %,d completed%s%n", rate, result.sent(),
                result.achievedRate(), latencies.completed(), drained ? "" : " (not all within the wait)");
        String at = String.format(Locale.ROOT, "@%,d/s ", rate);
        table.add(Figure.of(SECTION, at + "achieved", result.achievedRate(), "complaints/s"));
        table.add(Figure.of(SECTION, at + "not through", result.sent() - latencies.completed(), "complaints")
                .against("0", result.sent() == latencies.completed()));
        Percentiles.of(SECTION, at + "received -> registered", latencies.registered(), null, 0)
                .forEach(table::add);
        Percentiles.of(SECTION, at + "received -> graded", latencies.graded(), null, 0).forEach(table::add);
        boolean targeted = rate == TARGET_RATE;
        Percentiles.of(SECTION, at + "received -> acknowledgement sent", latencies.acknowledged(),
                targeted ? "< " + TARGET_P99_MILLIS + " ms" : null, TARGET_P99_MILLIS).forEach(table::add);
        tracker.forgetOpenCases();
    }
}
