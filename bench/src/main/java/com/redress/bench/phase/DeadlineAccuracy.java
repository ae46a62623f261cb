package com.redress.bench.phase;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.redress.bench.probe.ServiceMemory;
import com.redress.bench.report.Figure;
import com.redress.bench.report.ResultTable;
import com.redress.bench.track.BreachTracker;
import com.redress.bench.track.TopicTap;
import com.redress.contract.Topics;
import com.redress.events.intake.Channel;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.intake.Customer;
import com.redress.events.intake.CustomerSegment;
import com.redress.events.intake.FirstContactOwner;
import com.redress.events.intake.MaskedContact;
import com.redress.platform.serde.AvroSerializer;
import com.redress.testkit.suite.LocalSuite;
import com.redress.testkit.suite.ServiceDefinition;
import com.redress.testkit.suite.ServiceProcess;

/**
 * Deadline accuracy with many open cases: registrations for {@code cases} cases are written straight to
 * {@code complaints.registered} (the SLA service's input; intake, grading and notification are stopped first so the
 * SLA service has the machine), back-dated so that under {@link SlaBenchPolicy} their deadlines fall evenly over
 * {@code spread} starting {@code lead} from now. Every breach is then matched to its case: lateness (publication minus
 * deadline), missed and duplicated breaches. Halfway through the breaches the SLA service is killed and restarted, to
 * time its restore of the open cases and to show that no breach is lost or doubled across a crash; the lateness
 * percentiles are those of the breaches due before the crash, the ones due after it are reported apart.
 */
public final class DeadlineAccuracy {

    static final String SECTION = "4 deadlines";
    static final long TARGET_P99_MILLIS = 1000;
    static final long TARGET_HEAP_MB = 512;
    /** Breaches due this long before the crash may have been in the transaction the crash aborted: counted after. */
    private static final Duration OUTAGE_MARGIN = Duration.ofSeconds(2);
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(2);
    private static final long MB = 1024 * 1024;

    /**
     * @param cases   open cases to load
     * @param lead    time from the start of loading to the first deadline
     * @param spread  time over which the deadlines are spread
     * @param restart whether to crash and restart the SLA service halfway through the breaches
     */
    public record Settings(int cases, Duration lead, Duration spread, boolean restart) {
    }

    private final LocalSuite suite;
    private final TopicTap tap;
    private final Settings settings;
    private final AtomicLong maxHeap = new AtomicLong();
    private final AtomicLong maxResident = new AtomicLong();

    public DeadlineAccuracy(LocalSuite suite, TopicTap tap, Settings settings) {
        this.suite = suite;
        this.tap = tap;
        this.settings = settings;
    }

    public void run(String runId, ResultTable table) throws IOException, InterruptedException {
        for (ServiceDefinition other : new ServiceDefinition[] {ServiceDefinition.INTAKE, ServiceDefinition.GRADING,
                ServiceDefinition.NOTIFICATION}) {
            suite.service(other).close();
        }
        long loadStart = System.currentTimeMillis();
        long firstDue = loadStart + settings.lead().toMillis();
        long[] due = new long[settings.cases()];
        for (int i = 0; i < due.length; i++) {
            due[i] = firstDue + settings.spread().toMillis() * i / due.length;
        }
        long lastDue = due[due.length - 1];
        BreachTracker breaches = new BreachTracker("SLA" + runId + "-", due);
        tap.listen(breaches::accept);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bench-memory-sampler");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(this::sampleMemory, 0, SAMPLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        try {
            long produced = load(breaches, due) - loadStart;
            System.out.printf(Locale.ROOT, "  %,d registrations written in %.1f s; waiting for the SLA service%n",
                    due.length, produced / 1000.0);
            boolean loaded = await(() -> breaches.started() >= due.length, lastDue - System.currentTimeMillis());
            long loadedAt = breaches.lastStartedSeenAtMillis();
            table.add(Figure.of(SECTION, "open cases loaded", breaches.started(), "count"));
            table.add(Figure.of(SECTION, "registrations written", produced / 1000.0, "s"));
            table.add(Figure.of(SECTION, "clocks started (all loaded)", (loadedAt - loadStart) / 1000.0, "s")
                    .against("before the first deadline (" + settings.lead().toSeconds() + " s)",
                            loaded && loadedAt <= firstDue));
            System.out.printf(Locale.ROOT, "  %,d clocks started after %.1f s; first deadline at %.0f s%n",
                    breaches.started(), (loadedAt - loadStart) / 1000.0, settings.lead().toMillis() / 1000.0);

            Restart restart = settings.restart() ? restartHalfway(breaches, lastDue, table) : null;
            long grace = Duration.ofSeconds(60).toMillis();
            await(() -> breaches.breached() >= due.length, lastDue + grace - System.currentTimeMillis());
            // let duplicates, if any, arrive
            Thread.sleep(3_000);
            report(breaches, restart, table);
        } finally {
            sampler.shutdownNow();
        }
        table.add(Figure.of(SECTION, "SLA service heap used (max sampled)", maxHeap.get() / (double) MB, "MB")
                .against("< " + TARGET_HEAP_MB + " MB", maxHeap.get() > 0 && maxHeap.get() < TARGET_HEAP_MB * MB));
        table.add(Figure.of(SECTION, "SLA service RSS (max sampled)", maxResident.get() / (double) MB, "MB"));
    }

    private record Restart(long crashedAt, long resumedAt) {
    }

    private Restart restartHalfway(BreachTracker breaches, long lastDue, ResultTable table)
            throws IOException, InterruptedException {
        await(() -> breaches.breached() >= breaches.cases() / 2, lastDue - System.currentTimeMillis());
        long openAtCrash = breaches.cases() - breaches.breached();
        long crashedAt = System.currentTimeMillis();
        ServiceProcess restarted = suite.restartAfterCrash(ServiceDefinition.SLA);
        await(restarted::isHealthy, LocalSuite.SERVICE_START_TIMEOUT.toMillis());
        long healthyAt = System.currentTimeMillis();
        await(() -> breaches.lastBreachPublishedAtMillis() > crashedAt, Duration.ofMinutes(10).toMillis());
        long resumedAt = breaches.lastBreachPublishedAtMillis();
        System.out.printf(Locale.ROOT, "  SLA service killed with %,d cases open: healthy after %.1f s, breaches "
                + "resumed after %.1f s%n", openAtCrash, (healthyAt - crashedAt) / 1000.0,
                (resumedAt - crashedAt) / 1000.0);
        table.add(Figure.of(SECTION, "restart: open cases at the crash", openAtCrash, "count"));
        table.add(Figure.of(SECTION, "restart: kill -> healthy", (healthyAt - crashedAt) / 1000.0, "s"));
        table.add(Figure.of(SECTION, "restart: kill -> breaches published again", (resumedAt - crashedAt) / 1000.0,
                "s"));
        return new Restart(crashedAt, resumedAt);
    }

    private void report(BreachTracker breaches, Restart restart, ResultTable table) {
        Histogram steady = new Histogram(3_600_000, 3);
        Histogram afterCrash = new Histogram(3_600_000, 3);
        long early = 0;
        long backOnTimeAt = restart == null ? 0 : restart.resumedAt();
        int[] lateness = breaches.latenessMillis();
        for (int i = 0; i < lateness.length; i++) {
            if (lateness[i] == BreachTracker.NOT_SEEN) {
                continue;
            }
            if (lateness[i] < 0) {
                early++;
            }
            long late = Math.min(3_600_000, Math.max(0, lateness[i]));
            boolean dueAfterCrash = restart != null
                    && breaches.dueMillis(i) >= restart.crashedAt() - OUTAGE_MARGIN.toMillis();
            (dueAfterCrash ? afterCrash : steady).recordValue(late);
            if (dueAfterCrash && late >= TARGET_P99_MILLIS) {
                // deadlines are in index order: the last late one ends the catching up
                backOnTimeAt = Math.max(backOnTimeAt, breaches.dueMillis(i) + late);
            }
        }
        String scope = restart == null ? "breach lateness" : "breach lateness (due before the crash)";
        table.add(Figure.of(SECTION, scope + " p50", steady.getValueAtPercentile(50), "ms"));
        table.add(Figure.of(SECTION, scope + " p99", steady.getValueAtPercentile(99), "ms")
                .against("< " + TARGET_P99_MILLIS + " ms", steady.getTotalCount() > 0
                        && steady.getValueAtPercentile(99) < TARGET_P99_MILLIS));
        table.add(Figure.of(SECTION, scope + " p99.9", steady.getValueAtPercentile(99.9), "ms"));
        table.add(Figure.of(SECTION, scope + " max", steady.getMaxValue(), "ms"));
        if (restart != null) {
            table.add(Figure.of(SECTION, "breaches due after the crash", afterCrash.getTotalCount(), "count"));
            table.add(Figure.of(SECTION, "their lateness max", afterCrash.getMaxValue(), "ms"));
            table.add(Figure.of(SECTION, "restart: kill -> breaches on time again (< 1 s late)",
                    (backOnTimeAt - restart.crashedAt()) / 1000.0, "s"));
        }
        table.add(Figure.of(SECTION, "breaches missed", breaches.missing(), "count").against("0",
                breaches.missing() == 0));
        table.add(Figure.of(SECTION, "breaches duplicated", breaches.duplicates(), "count").against("0",
                breaches.duplicates() == 0));
        table.add(Figure.of(SECTION, "breaches with a wrong deadline or early", breaches.wrongDeadlines() + early,
                "count").against("0", breaches.wrongDeadlines() + early == 0));
        System.out.printf(Locale.ROOT, "  %,d breaches, %,d missed, %,d duplicated; lateness p99 %,d ms%n",
                breaches.breached(), breaches.missing(), breaches.duplicates(), steady.getValueAtPercentile(99));
    }

    /** Writes one registration per case, back-dated so that its acknowledgement deadline is {@code due[i]}. */
    private long load(BreachTracker breaches, long[] due) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.bootstrapServers());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-sla-loader");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
        config.put("schema.registry.url", suite.schemaRegistryUrl());
        config.put("auto.register.schemas", false);
        try (AvroSerializer<ComplaintRegistered> serializer = new AvroSerializer<>();
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                        new ByteArraySerializer())) {
            serializer.configure(config, false);
            for (int i = 0; i < due.length; i++) {
                String caseId = breaches.caseId(i);
                ComplaintRegistered registered = registration(caseId, i,
                        Instant.ofEpochMilli(due[i]).minus(SlaBenchPolicy.TARGET));
                producer.send(new ProducerRecord<>(Topics.COMPLAINTS_REGISTERED, caseId,
                        serializer.serialize(Topics.COMPLAINTS_REGISTERED, registered)));
            }
            producer.flush();
        }
        return System.currentTimeMillis();
    }

    static ComplaintRegistered registration(String caseId, long sequence, Instant receivedAt) {
        return ComplaintRegistered.newBuilder()
                .setEventId(UUID.randomUUID())
                .setCaseId(caseId)
                .setOccurredAt(Instant.now())
                .setSource("bench-sla-loader")
                .setCaseNumber("BENCH-" + sequence)
                .setChannel(Channel.MOBILE_BANKING)
                .setChannelMessageId("SLA-" + sequence)
                .setReceivedAt(receivedAt)
                .setReceivedZoneId("Asia/Shanghai")
                .setFirstContactOwner(FirstContactOwner.newBuilder().setStaffId("AGENT-100").setUnitId("BENCH")
                        .build())
                .setCustomer(Customer.newBuilder()
                        .setPseudonymousId("P-" + sequence)
                        .setSegment(CustomerSegment.ORDINARY)
                        .setLanguage("zh-CN")
                        .setEncryptedContact(null)
                        .setMaskedContact(MaskedContact.newBuilder().setPhone(null).setEmail("c***@bench.example")
                                .setHasAppPush(false).build())
                        .setPreferredNotificationChannels(List.of())
                        .build())
                .setProduct("手机银行")
                .setAmountAtStake(null)
                .setRedactedText("手机银行APP从早上九点开始一直登录不了，提示系统繁忙。")
                .setChannelCategoryCode(null)
                .build();
    }

    private void sampleMemory() {
        ServiceProcess sla = suite.service(ServiceDefinition.SLA);
        ServiceMemory.heapUsedBytes(sla.baseUri()).ifPresent(bytes -> maxHeap.accumulateAndGet(bytes, Math::max));
        ServiceMemory.residentBytes(sla.handle().pid())
                .ifPresent(bytes -> maxResident.accumulateAndGet(bytes, Math::max));
    }

    private static boolean await(BooleanSupplier condition, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + Math.max(0, timeoutMillis);
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() >= deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }
}
