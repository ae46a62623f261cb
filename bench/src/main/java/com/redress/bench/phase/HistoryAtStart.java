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
import java.util.stream.Stream;

import com.redress.bench.history.AcknowledgementReadiness;
import com.redress.bench.history.CaseViewReadiness;
import com.redress.bench.history.ConsumerGroupsAtEnd;
import com.redress.bench.history.FootprintTable;
import com.redress.bench.history.FreshRegistrations;
import com.redress.bench.history.HistoryGenerator;
import com.redress.bench.history.HistoryLoader;
import com.redress.bench.history.InstanceFootprint;
import com.redress.bench.history.ReadinessProbe;
import com.redress.bench.probe.QuietProcess;
import com.redress.bench.report.Figure;
import com.redress.bench.report.ResultTable;
import com.redress.bench.track.TopicTap;
import com.redress.contract.Topics;
import com.redress.events.grading.ComplaintGraded;
import com.redress.testkit.suite.LocalSuite;
import com.redress.testkit.suite.ServiceDefinition;
import com.redress.testkit.suite.ServiceProcess;

/**
 * Start-up with a year of history: {@code cases} closed cases are written onto the contract topics (registration,
 * grade, updates, clocks, outcomes) while every service is stopped, every consumer group is moved past them (the
 * history was handled as it happened), grading is started again, and then notification-service and intake-service
 * (the case status view) are started, one service at a time, as new processes with empty state directories. For each
 * instance: the time from its process start until it serves a fresh case end to end (see the {@link ReadinessProbe}s),
 * and, once ready and its CPU quiet (a second instance may answer through the first while it still restores), its
 * heap after a full GC, its resident set and its local state. With {@code instances} 2 a second instance joins the
 * first, and both are measured again. The phase looks only at topics, processes, HTTP and state
 * directories, so it measures any implementation of the two services alike.
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
     * @param jvmOptions    the measured services' JVM options (a heap cap generous enough to measure what they use)
     * @param ownGroupsRead whether the measured services' own consumer groups are left before the history, so that
     *                      they read it through them (a view built from its topics by a consumer group, which would
     *                      otherwise start empty); otherwise every group is moved past it
     */
    public record Settings(int cases, int instances, Duration readyTimeout, List<String> jvmOptions,
            boolean ownGroupsRead) {
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
        HistoryGenerator history = new HistoryGenerator(settings.cases(), Instant.now(),
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
                group -> !settings.ownGroupsRead() || !isMeasuredServicesGroup(group));
        System.out.println("  consumer groups moved past the history: " + String.join(", ", groups));
        suite.restartAfterCrash(ServiceDefinition.GRADING).awaitHealthy(LocalSuite.SERVICE_START_TIMEOUT);
        List<InstanceFootprint> footprints = new ArrayList<>();
        Set<String> graded = ConcurrentHashMap.newKeySet();
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
            footprints.addAll(measure(ServiceDefinition.NOTIFICATION, acknowledgements));
        }
        footprints.addAll(measure(ServiceDefinition.INTAKE,
                new CaseViewReadiness(history.caseId(settings.cases() / 2))));

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

    /** Starts the service's instances one after the other and measures them; stops them all before returning. */
    private List<InstanceFootprint> measure(ServiceDefinition service, ReadinessProbe probe)
            throws IOException, InterruptedException {
        List<InstanceFootprint> footprints = new ArrayList<>();
        List<ServiceProcess> instances = new ArrayList<>();
        List<Path> stateDirectories = new ArrayList<>();
        try {
            for (int n = 1; n <= settings.instances(); n++) {
                Path state = workDirectory.resolve("history-state").resolve(service.module() + "-" + n);
                deleteRecursively(state);
                stateDirectories.add(state);
                System.out.printf("  starting %s instance %d of %d%n", service.module(), n, settings.instances());
                long start = System.nanoTime();
                ServiceProcess instance = suite.startInstance(service, "history-" + n, settings.jvmOptions(), state);
                instances.add(instance);
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
                double settled = QuietProcess.await(instance.handle(), Duration.ofNanos(settleDeadline
                        - System.nanoTime())) ? (System.nanoTime() - start) / 1e9 : Double.NaN;
                System.out.printf(Locale.ROOT, "    settled (CPU quiet) after %s s%n",
                        Double.isNaN(settled) ? "n/a" : String.format(Locale.ROOT, "%.1f", settled));
                String label = n == 1 ? "alone" : n + " of " + n;
                footprints.add(InstanceFootprint.measure(instance, service.module(), label, healthy, ready, settled,
                        state));
                for (int earlier = 0; earlier < n - 1; earlier++) {
                    InstanceFootprint first = footprints.get(earlier);
                    footprints.add(first.remeasured(instances.get(earlier), (earlier + 1) + " of " + n,
                            stateDirectories.get(earlier)));
                }
            }
        } finally {
            instances.forEach(ServiceProcess::close);
        }
        return footprints;
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
