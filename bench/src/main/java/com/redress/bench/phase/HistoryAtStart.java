package com.redress.bench.phase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.redress.bench.history.AcknowledgementReadiness;
import com.redress.bench.history.CaseViewReadiness;
import com.redress.bench.history.ConsumerGroupsAtEnd;
import com.redress.bench.history.FootprintTable;
import com.redress.bench.history.FreshRegistrations;
import com.redress.bench.history.GroupsCaughtUp;
import com.redress.bench.history.HistoryGenerator;
import com.redress.bench.history.HistoryLoader;
import com.redress.bench.history.InstanceFootprint;
import com.redress.bench.history.ReadinessProbe;
import com.redress.bench.probe.QuietProcess;
import com.redress.bench.report.Figure;
import com.redress.bench.report.ResultTable;
import com.redress.bench.track.TopicTap;
import com.redress.contract.TopicSpec;
import com.redress.contract.Topics;
import com.redress.events.grading.ComplaintGraded;
import com.redress.testkit.suite.LocalSuite;
import com.redress.testkit.suite.ServiceDefinition;
import com.redress.testkit.suite.ServiceProcess;

/**
 * Start-up with a year of history: {@code cases} closed cases are written onto the contract topics (registration,
 * grade, updates, clocks, outcomes) while every service is stopped. The history was handled as it happened: every
 * consumer group but those of the measured services is moved past it, and each measured service (notification-service,
 * then intake-service with its case view) first builds its state from the history as it would have while the year
 * went by — one instance reads it through its own consumer groups into its stores and changelogs (timed, but not a
 * start-up figure; notification with its upgrade switch-over at the phase's start, so that the history only builds
 * state) and is stopped. Then, per service, as new processes: a <em>restart</em> on that instance's state directory,
 * a <em>new instance</em> on an empty state directory (restoring from changelogs, as a replaced machine or a
 * container without a volume does), and with {@code instances} 2 a second new instance beside it. For each: the time
 * from its process start until it serves a fresh case end to end (see the {@link ReadinessProbe}s), and, once ready
 * and its CPU quiet (a second instance may answer through the first while it still restores), its heap after a full
 * GC, its resident set and its local state. The phase looks only at topics, consumer groups, processes, HTTP and
 * state directories, not at how the services keep their state.
 */
public final class HistoryAtStart {

    static final String SECTION = "5 history";
    private static final Duration POLL_EVERY = Duration.ofMillis(250);
    /** However long starting took, an instance gets this long to go quiet before its footprint is taken. */
    private static final Duration MIN_SETTLE_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration GRADING_TIMEOUT = Duration.ofMinutes(5);

    /**
     * @param cases         closed cases in the history
     * @param instances     instances of each measured service, 1 or 2
     * @param readyTimeout  how long an instance may take to serve a fresh case
     * @param buildTimeout  how long a measured service may take to build its state from the history
     * @param jvmOptions    the measured services' JVM options (a heap cap generous enough to measure what they use)
     */
    public record Settings(int cases, int instances, Duration readyTimeout, Duration buildTimeout,
            List<String> jvmOptions) {
    }

    /** The measured services' groups are named after them: notification-service*, intake-*. */
    static boolean isMeasuredServicesGroup(String group) {
        return group.startsWith("notification") || group.startsWith("intake");
    }

    private final LocalSuite suite;
    private final Path workDirectory;
    private final Settings settings;

    public HistoryAtStart(LocalSuite suite, Path workDirectory, Settings settings) {
        this.suite = suite;
        this.workDirectory = workDirectory;
        this.settings = settings;
    }

    public void run(ResultTable table) throws IOException, InterruptedException, ExecutionException {
        for (ServiceProcess service : suite.services()) {
            service.close();
        }
        Instant switchOver = Instant.now();
        HistoryGenerator history = new HistoryGenerator(settings.cases(), switchOver,
                ThreadLocalRandom.current().nextLong());
        HistoryLoader.Loaded loaded = new HistoryLoader(suite.bootstrapServers(), suite.schemaRegistryUrl())
                .load(history);
        System.out.printf(Locale.ROOT, "  %,d cases, %,d records (%,.0f MB of values) loaded in %.1f s: %,.0f "
                + "records/s, %,.0f cases/s%n", loaded.cases(), loaded.records(), loaded.bytes() / 1048576.0,
                loaded.millis() / 1000.0, loaded.recordsPerSecond(), loaded.casesPerSecond());
        table.add(Figure.of(SECTION, "history: closed cases", loaded.cases(), "count"));
        table.add(Figure.of(SECTION, "history: records", loaded.records(), "count"));
        table.add(Figure.of(SECTION, "history: loading rate", loaded.recordsPerSecond(), "records/s"));
        table.add(Figure.of(SECTION, "history: loading time", loaded.millis() / 1000.0, "s"));

        List<String> groups = ConsumerGroupsAtEnd.move(suite.bootstrapServers(),
                group -> !isMeasuredServicesGroup(group));
        System.out.println("  consumer groups moved past the history: " + String.join(", ", groups));
        suite.restartAfterCrash(ServiceDefinition.GRADING).awaitHealthy(LocalSuite.SERVICE_START_TIMEOUT);
        List<InstanceFootprint> footprints = new ArrayList<>();
        Set<String> graded = ConcurrentHashMap.newKeySet();
        List<String> notificationArguments = List.of(
                "--redress.notification.planning.requests-from=" + switchOver);
        try (TopicTap tap = new TopicTap(suite.bootstrapServers(), suite.schemaRegistryUrl(),
                List.of(Topics.NOTIFICATIONS_OUTCOMES, Topics.COMPLAINTS_GRADED));
                FreshRegistrations registrations = new FreshRegistrations(history, suite.bootstrapServers(),
                        suite.schemaRegistryUrl())) {
            AcknowledgementReadiness acknowledgements = new AcknowledgementReadiness(registrations);
            tap.listen(acknowledgements::accept).listen(record -> {
                if (record.value() instanceof ComplaintGraded grade) {
                    graded.add(grade.getCaseId());
                }
            }).start();
            awaitGrading(registrations, graded);
            buildState(ServiceDefinition.NOTIFICATION, notificationArguments, table);
            footprints.addAll(measure(ServiceDefinition.NOTIFICATION, acknowledgements, notificationArguments));
        }
        buildState(ServiceDefinition.INTAKE, List.of(), table);
        footprints.addAll(measure(ServiceDefinition.INTAKE,
                new CaseViewReadiness(history.caseId(settings.cases() / 2)), List.of()));

        System.out.println();
        System.out.print(FootprintTable.text(footprints));
        footprints.forEach(footprint -> FootprintTable.figures(SECTION, footprint).forEach(table::add));
    }

    /**
     * Grading (not measured, but intake's fresh case needs its grade) is started again after the history, and may
     * first have to settle its predecessor's transactions: intake's clock starts only once grading grades a new case.
     */
    private static void awaitGrading(FreshRegistrations registrations, Set<String> graded)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        String probe = registrations.register();
        long deadline = start + GRADING_TIMEOUT.toNanos();
        while (!graded.contains(probe)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("grading-service graded no new case within "
                        + GRADING_TIMEOUT.toSeconds() + " s after the history");
            }
            Thread.sleep(POLL_EVERY.toMillis());
        }
        System.out.printf(Locale.ROOT, "  grading-service grades new cases (%.1f s after its restart)%n",
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * The state the service would have built while the history happened: one instance reads the history through its
     * own consumer groups until they have read all that was on the topics when it started and its CPU is quiet, and
     * is stopped; its state directory is the one a restart finds.
     */
    private void buildState(ServiceDefinition service, List<String> arguments, ResultTable table)
            throws IOException, InterruptedException, ExecutionException {
        Path state = stateDirectory(service, 1);
        deleteRecursively(state);
        System.out.printf("  %s builds its state from the history (one instance, its own consumer groups)%n",
                service.module());
        long start = System.nanoTime();
        try (GroupsCaughtUp caughtUp = GroupsCaughtUp.fromNow(suite.bootstrapServers());
                ServiceProcess builder = suite.startInstance(service, "history-build", settings.jvmOptions(), state,
                        arguments)) {
            Predicate<String> ownGroups = group -> group.startsWith(service.module().replace("-service", ""));
            Set<String> topicsRead = Topics.readBy(service.module()).stream().map(TopicSpec::name)
                    .collect(Collectors.toSet());
            if (!caughtUp.await(ownGroups, topicsRead, settings.buildTimeout(), () -> builder.handle().isAlive())) {
                throw new IllegalStateException(service.module() + " did not read the history within "
                        + settings.buildTimeout() + (builder.handle().isAlive() ? ""
                                : "; the process exited, see " + builder.logFile()));
            }
            QuietProcess.await(builder.handle(), MIN_SETTLE_TIMEOUT);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "    read the history in %.1f s%n", seconds);
            table.add(Figure.of(SECTION, service.module() + ": builds its state from the history (not a start-up)",
                    seconds, "s"));
        }
    }

    /**
     * Restarts the service on the state it built, then starts it on an empty state directory, and with two
     * instances a second one beside that; measures each. Stops them all before returning.
     */
    private List<InstanceFootprint> measure(ServiceDefinition service, ReadinessProbe probe, List<String> arguments)
            throws IOException, InterruptedException {
        List<InstanceFootprint> footprints = new ArrayList<>();
        Path first = stateDirectory(service, 1);
        start(service, probe, "history-restart", first, arguments, "restart", footprints).close();
        deleteRecursively(first);
        List<ServiceProcess> instances = new ArrayList<>();
        try {
            instances.add(start(service, probe, "history-new", first, arguments, "new", footprints));
            if (settings.instances() == 2) {
                InstanceFootprint alone = footprints.get(footprints.size() - 1);
                Path second = stateDirectory(service, 2);
                deleteRecursively(second);
                instances.add(start(service, probe, "history-2", second, arguments, "new, 2 of 2", footprints));
                footprints.add(alone.remeasured(instances.get(0), "new, 1 of 2", first));
            }
        } finally {
            instances.forEach(ServiceProcess::close);
        }
        return footprints;
    }

    /** Starts one instance, waits until it serves a fresh case and is quiet, and adds its footprint. */
    private ServiceProcess start(ServiceDefinition service, ReadinessProbe probe, String instanceId, Path state,
            List<String> arguments, String label, List<InstanceFootprint> footprints)
            throws IOException, InterruptedException {
        System.out.printf("  starting %s (%s)%n", service.module(), label);
        long start = System.nanoTime();
        ServiceProcess instance = suite.startInstance(service, instanceId, settings.jvmOptions(), state, arguments);
        probe.started(instance);
        double healthy = Double.NaN;
        double ready = Double.NaN;
        long deadline = start + settings.readyTimeout().toNanos();
        while (System.nanoTime() < deadline && instance.handle().isAlive()) {
            if (Double.isNaN(healthy) && instance.isHealthy()) {
                healthy = (System.nanoTime() - start) / 1e9;
            }
            if (!Double.isNaN(healthy) && probe.isReady(instance)) {
                ready = (System.nanoTime() - start) / 1e9;
                break;
            }
            Thread.sleep(POLL_EVERY.toMillis());
        }
        System.out.printf(Locale.ROOT, "    healthy after %s s, serves a fresh case after %s s%s%n",
                Double.isNaN(healthy) ? "n/a" : String.format(Locale.ROOT, "%.1f", healthy),
                Double.isNaN(ready) ? "n/a" : String.format(Locale.ROOT, "%.1f", ready),
                instance.handle().isAlive() ? "" : " (the process exited; see " + instance.logFile() + ")");
        // a second instance may answer through the first one while it still restores: measure it settled
        long settleDeadline = Math.max(deadline, System.nanoTime() + MIN_SETTLE_TIMEOUT.toNanos());
        double settled = QuietProcess.await(instance.handle(), Duration.ofNanos(settleDeadline - System.nanoTime()))
                ? (System.nanoTime() - start) / 1e9 : Double.NaN;
        System.out.printf(Locale.ROOT, "    settled (CPU quiet) after %s s%n",
                Double.isNaN(settled) ? "n/a" : String.format(Locale.ROOT, "%.1f", settled));
        footprints.add(InstanceFootprint.measure(instance, service.module(), label, healthy, ready, settled, state));
        return instance;
    }

    private Path stateDirectory(ServiceDefinition service, int instance) {
        return workDirectory.resolve("history-state").resolve(service.module() + "-" + instance);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
