package com.redress.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.redress.testkit.suite.Checkout;

/**
 * How much to measure. {@code --quick} runs small counts (a few minutes, to prove the benchmark works); the default
 * is the full run. Settings can be overridden, e.g. {@code --sla-cases=200000}; see {@link #parse}.
 *
 * @param mode             {@code quick} or {@code full}, recorded with the figures
 * @param repositoryRoot   the checkout whose docs and results receive the run
 * @param servicesRoot     the checkout whose services' jars ({@code <module>/target/*.jar}) are launched; usually the same
 * @param phases           which of {@code raw, throughput, latency, deadlines} to run
 * @param rawRecords       records of the raw produce+consume loop
 * @param throughputRates  rates of the throughput steps, complaints per second, increasing
 * @param warmUp           how long complaints flow at a low rate before anything is measured (JIT, caches, topics)
 * @param step             length of one throughput step
 * @param latencyRates     the fixed rates latency is measured at
 * @param latencyDuration  how long each latency rate is held
 * @param drainTimeout     how long to wait for a batch to get through after it was sent
 * @param slaCases         open cases loaded into the SLA service
 * @param slaLead          time from the start of loading to the first deadline
 * @param slaSpread        time over which the deadlines fall
 * @param slaRestart       whether to kill and restart the SLA service halfway through the breaches
 * @param profile          whether to record each service with Java Flight Recorder (files in the log directory)
 * @param slaArguments     extra Spring arguments for the SLA service, e.g. {@code --redress.sla.tick=500ms}
 * @param history          the {@code history} phase's settings
 */
record BenchOptions(String mode, Path repositoryRoot, Path servicesRoot, Set<String> phases, int rawRecords,
        List<Integer> throughputRates, Duration warmUp, Duration step, List<Integer> latencyRates,
        Duration latencyDuration,
        Duration drainTimeout, int slaCases, Duration slaLead, Duration slaSpread, boolean slaRestart,
        boolean profile, List<String> slaArguments, HistoryOptions history) {

    /** The phases a run takes unless {@code --phases} names others. */
    static final Set<String> ALL_PHASES = Set.of("raw", "throughput", "latency", "deadlines");
    /** Loads a year of history and restarts services on it: run on its own, {@code --phases=history}. */
    static final String HISTORY_PHASE = "history";
    static final Set<String> KNOWN_PHASES = Set.of("raw", "throughput", "latency", "deadlines", HISTORY_PHASE);

    /**
     * @param cases         closed cases loaded onto the topics
     * @param instances     instances of each measured service (2: does a second one halve their state?)
     * @param readyTimeout  how long an instance may take to serve a fresh case
     * @param maxHeap       the measured services' {@code -Xmx}: room to measure what they use, not a limit
     * @param buildTimeout  how long a measured service may take to build its state from the history
     */
    record HistoryOptions(int cases, int instances, Duration readyTimeout, Duration buildTimeout, String maxHeap) {

        /** The measured services' JVM options: those of the other phases with {@code maxHeap} as the cap. */
        List<String> jvmOptions() {
            return List.of("-Xms128m", "-Xmx" + maxHeap, "-XX:+UseSerialGC");
        }
    }

    static BenchOptions parse(String... args) {
        boolean quick = Arrays.asList(args).contains("--quick");
        Path root = null;
        Path servicesRoot = null;
        Set<String> phases = ALL_PHASES;
        int rawRecords = quick ? 50_000 : 500_000;
        List<Integer> rates = quick ? List.of(25, 50, 100, 200, 400, 800)
                : List.of(25, 50, 100, 200, 300, 400, 600, 800, 1000, 1250, 1500, 2000, 2500, 3000);
        // four freshly started JVMs on two cores spend their first minute compiling: a short warm-up measures the JIT
        Duration warmUp = Duration.ofSeconds(quick ? 20 : 180);
        Duration step = Duration.ofSeconds(quick ? 6 : 20);
        List<Integer> latencyRates = List.of(200, 1000);
        Duration latencyDuration = Duration.ofSeconds(quick ? 8 : 60);
        Duration drainTimeout = Duration.ofSeconds(quick ? 30 : 60);
        int slaCases = quick ? 20_000 : 1_000_000;
        Duration slaLead = quick ? Duration.ofSeconds(40) : Duration.ofMinutes(3);
        Duration slaSpread = quick ? Duration.ofSeconds(30) : Duration.ofMinutes(3);
        boolean restart = true;
        boolean profile = false;
        List<String> slaArguments = new ArrayList<>();
        int historyCases = quick ? 50_000 : 1_000_000;
        int historyInstances = 1;
        Duration historyReadyTimeout = Duration.ofMinutes(quick ? 5 : 15);
        String historyMaxHeap = "4g";
        Duration historyBuildTimeout = Duration.ofMinutes(quick ? 10 : 90);
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.equals("--quick")) {
                continue;
            } else if (arg.startsWith("--root=")) {
                root = Path.of(value);
            } else if (arg.startsWith("--services-from=")) {
                servicesRoot = Path.of(value);
            } else if (arg.startsWith("--phases=")) {
                phases = Set.of(value.split(","));
                if (!KNOWN_PHASES.containsAll(phases)) {
                    throw new IllegalArgumentException("Phases are " + KNOWN_PHASES + ", not " + value);
                }
                if (phases.contains(HISTORY_PHASE) && phases.size() > 1) {
                    throw new IllegalArgumentException("The history phase runs alone (--phases=history): the year "
                            + "of cases it loads would be in every other phase's way");
                }
            } else if (arg.startsWith("--rates=")) {
                rates = Arrays.stream(value.split(",")).map(String::trim).map(Integer::parseInt).toList();
            } else if (arg.startsWith("--latency-rates=")) {
                latencyRates = Arrays.stream(value.split(",")).map(String::trim).map(Integer::parseInt).toList();
            } else if (arg.startsWith("--warm-up=")) {
                warmUp = Duration.parse(value);
            } else if (arg.startsWith("--step=")) {
                step = Duration.parse(value);
            } else if (arg.startsWith("--sla-cases=")) {
                slaCases = Integer.parseInt(value);
            } else if (arg.startsWith("--sla-lead=")) {
                slaLead = Duration.parse(value);
            } else if (arg.startsWith("--sla-spread=")) {
                slaSpread = Duration.parse(value);
            } else if (arg.equals("--no-restart")) {
                restart = false;
            } else if (arg.startsWith("--sla-arg=")) {
                slaArguments.add(value.startsWith("--") ? value : "--" + value);
            } else if (arg.startsWith("--history-cases=")) {
                historyCases = Integer.parseInt(value);
            } else if (arg.startsWith("--history-instances=")) {
                historyInstances = Integer.parseInt(value);
                if (historyInstances < 1 || historyInstances > 2) {
                    throw new IllegalArgumentException("--history-instances is 1 or 2, not " + value);
                }
            } else if (arg.startsWith("--history-ready-timeout=")) {
                historyReadyTimeout = Duration.parse(value);
            } else if (arg.startsWith("--history-max-heap=")) {
                historyMaxHeap = value;
            } else if (arg.startsWith("--history-build-timeout=")) {
                historyBuildTimeout = Duration.parse(value);
            } else if (arg.equals("--profile")) {
                profile = true;
            } else {
                throw new IllegalArgumentException("Unknown option " + arg + "; options: --quick, "
                        + "--phases=raw,throughput,latency,deadlines (or --phases=history), --rates=100,200, "
                        + "--latency-rates=200,1000, --history-cases=N, --history-instances=2, "
                        + "--history-ready-timeout=PT15M, --history-max-heap=4g, --history-build-timeout=PT90M, "
                        + "--warm-up=PT5M, --step=PT20S, --sla-cases=N, "
                        + "--sla-lead=PT3M, --sla-spread=PT3M, --sla-arg=redress.sla.tick=500ms, --no-restart, --profile, "
                        + "--root=DIR, --services-from=DIR");
            }
        }
        Path repositoryRoot = root != null ? root : findRepositoryRoot(Path.of(""));
        return new BenchOptions(quick ? "quick" : "full", repositoryRoot,
                servicesRoot != null ? servicesRoot : repositoryRoot, phases, rawRecords, rates, warmUp, step,
                latencyRates, latencyDuration, drainTimeout, slaCases, slaLead, slaSpread, restart, profile,
                List.copyOf(slaArguments), new HistoryOptions(historyCases, historyInstances,
                        historyReadyTimeout, historyBuildTimeout, historyMaxHeap));
    }

    /** The nearest directory, from {@code start} upwards, that holds the bench module. */
    static Path findRepositoryRoot(Path start) {
        return Checkout.holding("bench", start).orElseThrow(() -> new IllegalStateException(
                "Run the benchmark from the Redress checkout (no bench/pom.xml above " + start.toAbsolutePath()
                        + "), or pass --root=DIR"));
    }
}
