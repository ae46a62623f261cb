package com.redress.bench.phase;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import com.redress.bench.load.ComplaintDriver;
import com.redress.bench.load.DriveResult;
import com.redress.bench.probe.CpuUsage;
import com.redress.bench.report.Figure;
import com.redress.bench.report.ResultTable;
import com.redress.bench.track.PipelineTracker;
import com.redress.bench.track.StageLatencies;
import com.redress.testkit.suite.LocalSuite;

/**
 * The highest rate the pipeline keeps up with: complaints are driven in steps of increasing rate, half over Kafka and
 * half over REST. A step is sustained when the driver sent at the rate and at the step's end no more than
 * {@link #LAG_BOUND} worth of complaints were still waiting, and they all got through afterwards. Two rates are
 * found: through the acknowledgement sent (the whole pipeline, the target) and through grading (intake and grading
 * alone), so that the stage that holds the backlog is named; the steps go on while grading keeps up. The CPU each
 * process used during a step tells a rate the machine cannot carry from one a service waits its way below.
 */
public final class PipelineThroughput {

    static final String SECTION = "2 throughput";
    /** How far behind the pipeline may be at the end of a step and still count as keeping up. */
    static final Duration LAG_BOUND = Duration.ofSeconds(2);
    static final double TARGET_RATIO = 0.25;
    private static final double ACHIEVED_SHARE = 0.95;

    private PipelineThroughput() {
    }

    /** Runs the steps and adds their figures; returns the highest rate sustained through the acknowledgement. */
    public static double run(LocalSuite suite, ComplaintDriver driver, PipelineTracker tracker, List<Integer> rates,
            Duration step, Duration drainTimeout, double baselineRate, ResultTable table) {
        double throughAcknowledgement = 0;
        double throughGrading = 0;
        boolean acknowledgementKeepsUp = true;
        for (int rate : rates) {
            String batch = "tp" + rate;
            StageLatencies latencies = tracker.batch(batch);
            CpuUsage cpu = CpuUsage.from(suite);
            DriveResult result = driver.drive(batch, rate, step);
            Map<String, Double> cores = cpu.coresUsed();
            long bound = Math.round(rate * LAG_BOUND.toMillis() / 1000.0);
            long behind = result.sent() - latencies.completed();
            long unregistered = result.sent() - latencies.registeredSeen();
            long ungraded = result.sent() - latencies.gradedSeen();
            long unacknowledged = result.sent() - latencies.acknowledgedSeen();
            boolean sentAtRate = result.failures() == 0 && result.achievedRate() >= rate * ACHIEVED_SHARE;
            // once acknowledgements fell behind, wait for grading only: their backlog would not drain in time
            boolean drained = acknowledgementKeepsUp
                    ? Drain.await(latencies::completed, result.sent(), drainTimeout)
                    : Drain.await(latencies::gradedSeen, result.sent(), drainTimeout);
            boolean gradingKept = sentAtRate && ungraded <= bound && latencies.gradedSeen() >= result.sent();
            acknowledgementKeepsUp &= sentAtRate && behind <= bound && drained;

            String name = String.format(Locale.ROOT, "step %,d/s", rate);
            table.add(Figure.of(SECTION, name + ": achieved", result.achievedRate(), "complaints/s")
                    .against(String.format(Locale.ROOT, ">= %.0f%% of %,d/s, no failures", ACHIEVED_SHARE * 100,
                            rate), sentAtRate));
            String keptUp = String.format(Locale.ROOT, "<= %,d (%d s worth), all through after", bound,
                    LAG_BOUND.toSeconds());
            table.add(Figure.of(SECTION, name + ": not yet registered at end", unregistered, "complaints"));
            table.add(Figure.of(SECTION, name + ": not yet graded at end", ungraded, "complaints")
                    .against(keptUp, gradingKept));
            table.add(Figure.of(SECTION, name + ": not yet acknowledged at end", unacknowledged, "complaints")
                    .against(keptUp, acknowledgementKeepsUp));
            cores.forEach((process, used) -> table.add(Figure.of(SECTION, name + ": CPU " + process, used,
                    "cores")));
            double allCores = cores.values().stream().mapToDouble(Double::doubleValue).sum();
            table.add(Figure.of(SECTION, name + ": CPU all processes, of " + Runtime.getRuntime().availableProcessors()
                    + " cores", allCores, "cores"));
            System.out.printf(Locale.ROOT, "  step %,d/s: sent %,d at %.0f/s, %,d failures; at the end not "
                    + "registered %,d, not graded %,d, not acknowledged %,d; CPU %.2f cores; %s%n", rate,
                    result.sent(), result.achievedRate(), result.failures(), unregistered, ungraded, unacknowledged,
                    allCores,
                    acknowledgementKeepsUp ? "kept up" : gradingKept ? "grading kept up" : "fell behind");
            if (acknowledgementKeepsUp) {
                throughAcknowledgement = result.achievedRate();
            }
            if (!gradingKept) {
                break;
            }
            throughGrading = result.achievedRate();
        }
        tracker.forgetOpenCases();
        table.add(Figure.of(SECTION, "highest sustained rate through acknowledgement", throughAcknowledgement,
                "complaints/s"));
        double ratio = baselineRate > 0 ? throughAcknowledgement / baselineRate : Double.NaN;
        table.add(Figure.of(SECTION, "  / raw produce+consume", ratio * 100, "%")
                .against(String.format(Locale.ROOT, ">= %.0f %%", TARGET_RATIO * 100), ratio >= TARGET_RATIO));
        table.add(Figure.of(SECTION, "highest sustained rate through grading", throughGrading, "complaints/s"));
        table.add(Figure.of(SECTION, "  / raw produce+consume", baselineRate > 0 ? throughGrading / baselineRate
                * 100 : Double.NaN, "%"));
        return throughAcknowledgement;
    }
}
