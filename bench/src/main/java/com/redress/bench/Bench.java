package com.redress.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;

import com.redress.bench.fault.FaultSuite;
import com.redress.bench.load.ComplaintDriver;
import com.redress.bench.load.DriveResult;
import com.redress.bench.history.HistoryGenerator;
import com.redress.bench.phase.DeadlineAccuracy;
import com.redress.bench.phase.Drain;
import com.redress.bench.phase.HistoryAtStart;
import com.redress.bench.phase.LatencyAtRate;
import com.redress.bench.phase.PipelineThroughput;
import com.redress.bench.phase.RawBaseline;
import com.redress.bench.phase.SlaBenchPolicy;
import com.redress.bench.report.BenchRuns;
import com.redress.bench.report.MachineDescription;
import com.redress.bench.report.ResultTable;
import com.redress.bench.report.RunRecord;
import com.redress.bench.track.PipelineTracker;
import com.redress.bench.track.RecordSizes;
import com.redress.bench.track.TopicTap;
import com.redress.contract.Topics;
import com.redress.platform.serde.EventClassTrust;
import com.redress.testkit.suite.LocalSuite;
import com.redress.testkit.suite.ServiceDefinition;

/**
 * One command for the benchmark: starts the suite on this machine, measures the raw broker, the pipeline's
 * throughput and latency and the SLA service's deadline accuracy with many open cases, prints one table, keeps the
 * figures as CSV under {@code bench/results/} and appends the table to {@code docs/performance.md}.
 */
public final class Bench {

    /** With {@code --profile}: a Java Flight Recording of each service, written when it stops. */
    static final String PROFILE_OPTION = "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=";
    private static final int WARM_UP_RATE = 50;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("faults")) {
            FaultSuite.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        EventClassTrust.install();
        BenchOptions options = BenchOptions.parse(args);
        String runId = BenchRuns.newRunId();
        MachineDescription machine = MachineDescription.current();
        System.out.println("Redress benchmark " + runId + " (" + options.mode() + ") on " + machine.summary());
        ResultTable table = new ResultTable();
        run(options, runId, table);

        System.out.println();
        System.out.print(table.text());
        RunRecord record = new RunRecord(options.repositoryRoot());
        Path csv = record.writeCsv(runId, options.mode(), table);
        Path docs = record.appendToDocs(runId, options.mode(), machine, notes(options), table, csv);
        System.out.println("\nFigures written to " + csv + " and appended to " + docs);
        System.exit(0);
    }

    private static void run(BenchOptions options, String runId, ResultTable table)
            throws IOException, InterruptedException, ExecutionException {
        Path work = options.repositoryRoot().resolve("bench/target/bench-work");
        if (options.phases().contains(BenchOptions.HISTORY_PHASE)) {
            runHistory(options, work, table);
            return;
        }
        List<String> jvmOptions = new ArrayList<>(BenchRuns.SERVICE_JVM_OPTIONS);
        if (options.profile()) {
            jvmOptions.add(PROFILE_OPTION + work.resolve("logs").toAbsolutePath() + "/" + LocalSuite.SERVICE_PLACEHOLDER
                    + ".jfr");
        }
        LocalSuite.Options suiteOptions = LocalSuite.Options.of(options.servicesRoot(), work)
                .withJvmOptions(jvmOptions)
                .withArguments(ServiceDefinition.SLA, SlaBenchPolicy.writeAndSelect(work))
                .withArguments(ServiceDefinition.SLA, options.slaArguments().toArray(String[]::new));
        try (LocalSuite suite = LocalSuite.start(suiteOptions);
                TopicTap tap = new TopicTap(suite.bootstrapServers(), suite.schemaRegistryUrl(),
                        List.of(Topics.COMPLAINTS_REGISTERED, Topics.COMPLAINTS_GRADED,
                                Topics.NOTIFICATIONS_OUTCOMES, Topics.SLA_EVENTS));
                ComplaintDriver driver = ComplaintDriver.overKafkaAndRest(suite)) {
            PipelineTracker tracker = new PipelineTracker();
            RecordSizes sizes = new RecordSizes();
            tap.listen(tracker::accept).listen(sizes::accept).start();

            System.out.println("Warming up: " + WARM_UP_RATE + " complaints/s for " + options.warmUp().toSeconds()
                    + " s");
            DriveResult warmUp = driver.drive("warmup", WARM_UP_RATE, options.warmUp());
            if (!Drain.await(tracker.batch("warmup")::completed, warmUp.sent(), options.drainTimeout())) {
                System.out.println("  only " + tracker.batch("warmup").completed() + " of " + warmUp.sent()
                        + " warm-up complaints got through (" + warmUp.failures() + " refused; "
                        + tracker.openSummary() + "); carrying on, see the logs in " + suite.logDirectory());
            }
            tracker.forgetOpenCases();

            double baseline = Double.NaN;
            if (options.phases().contains("raw")) {
                System.out.println("1. Raw Kafka produce+consume, " + options.rawRecords() + " records");
                baseline = RawBaseline.run(suite.stack(), sizes.meanBytes(1024), options.rawRecords(), table);
            }
            if (options.phases().contains("throughput")) {
                System.out.println("2. Pipeline throughput, steps of " + options.step().toSeconds() + " s");
                PipelineThroughput.run(suite, driver, tracker, options.throughputRates(), options.step(),
                        options.drainTimeout(), baseline, table);
            }
            if (options.phases().contains("latency")) {
                System.out.println("3. Latency at fixed rates, " + options.latencyDuration().toSeconds() + " s each");
                for (int rate : options.latencyRates()) {
                    LatencyAtRate.run(driver, tracker, rate, options.latencyDuration(), options.drainTimeout(),
                            table);
                }
            }
            if (options.phases().contains("deadlines")) {
                System.out.printf("4. Deadline accuracy: %,d open cases, deadlines from %d s over %d s%n",
                        options.slaCases(), options.slaLead().toSeconds(), options.slaSpread().toSeconds());
                new DeadlineAccuracy(suite, tap, new DeadlineAccuracy.Settings(options.slaCases(),
                        options.slaLead(), options.slaSpread(), options.slaRestart())).run(runId, table);
            }
        }
    }


    private static void runHistory(BenchOptions options, Path work, ResultTable table)
            throws IOException, InterruptedException, ExecutionException {
        BenchOptions.HistoryOptions history = options.history();
        LocalSuite.Options suiteOptions = LocalSuite.Options.of(options.servicesRoot(), work)
                .withJvmOptions(BenchRuns.SERVICE_JVM_OPTIONS);
        try (LocalSuite suite = LocalSuite.start(suiteOptions)) {
            System.out.printf("5. History: %,d closed cases, then notification-service and intake-service started on "
                    + "them, %d instance(s) each%n", history.cases(), history.instances());
            new HistoryAtStart(suite, work, new HistoryAtStart.Settings(history.cases(), history.instances(),
                    history.readyTimeout(), history.buildTimeout(), history.jvmOptions())).run(table);
        }
    }

    private static List<String> notes(BenchOptions options) {
        List<String> notes = new ArrayList<>();
        if (options.phases().contains(BenchOptions.HISTORY_PHASE)) {
            BenchOptions.HistoryOptions history = options.history();
            notes.add(String.format("History phase: %,d closed cases (%d records each), %d instance(s) of "
                    + "notification-service and intake-service, each with `%s`, sandbox profile; broker in the "
                    + "benchmark's JVM.", history.cases(), HistoryGenerator.RECORDS_PER_CASE, history.instances(),
                    String.join(" ", history.jvmOptions())));
            return notes;
        }
        notes.add("Services: " + String.join(" ", BenchRuns.SERVICE_JVM_OPTIONS) + ", sandbox profile, SLA policy "
                + "`bench-deadlines`" + (options.slaArguments().isEmpty() ? "" : " with `"
                + String.join(" ", options.slaArguments()) + "`") + "; broker in the benchmark's JVM. Phases: "
                + String.join(", ", options.phases().stream().sorted().toList()) + ".");
        if (options.profile()) {
            notes.add("Services recorded with Java Flight Recorder (`--profile`).");
        }
        if (!options.servicesRoot().equals(options.repositoryRoot())) {
            notes.add("Service jars from `" + options.servicesRoot() + "`.");
        }
        return notes;
    }
}
