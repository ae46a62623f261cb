package com.redress.bench.fault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.redress.bench.load.ComplaintDriver;
import com.redress.bench.load.DriveResult;
import com.redress.bench.phase.SlaBenchPolicy;
import com.redress.bench.report.BenchRuns;
import com.redress.bench.report.MachineDescription;
import com.redress.bench.track.TopicTap;
import com.redress.contract.Topics;
import com.redress.platform.serde.EventClassTrust;
import com.redress.testkit.suite.LocalSuite;
import com.redress.testkit.suite.ServiceDefinition;

/**
 * The fault suite: the whole suite under a steady load of complaints over Kafka and REST, one fault at a time — each
 * service killed with SIGKILL and restarted, the broker restarted, the schema registry and the SMTP server unavailable
 * for a minute — and after each, the accounts: every accepted complaint registered and graded once, every breach that
 * fell due emitted once, every acknowledgement sent once. Prints the table, keeps it as CSV under
 * {@code bench/results/} and appends it to {@code docs/reliability.md}; exits non-zero if anything was lost or
 * duplicated.
 */
public final class FaultSuite {

    /** The acknowledgement clock of the suite's policy: short, so breaches fall due during each scenario. */
    private static final Duration ACKNOWLEDGE_TARGET = Duration.ofSeconds(30);
    /** How long after a deadline a breach may take before the accounts count it as missing. */
    private static final Duration BREACH_GRACE = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration PROGRESS = Duration.ofSeconds(30);

    private FaultSuite() {
    }

    public static void main(String[] args) throws Exception {
        EventClassTrust.install();
        FaultSuiteOptions options = FaultSuiteOptions.parse(args);
        String runId = BenchRuns.newRunId();
        MachineDescription machine = MachineDescription.current();
        System.out.println("Redress fault suite " + runId + " on " + machine.summary() + ": " + options.rate()
                + " complaints/s for " + options.load().toSeconds() + " s per fault");
        FaultTable table = run(options);
        System.out.println();
        System.out.print(table.text());
        FaultRecord record = new FaultRecord(options.repositoryRoot());
        Path csv = record.writeCsv(runId, table);
        Path docs = record.appendToDocs(runId, machine, options, table, csv);
        System.out.println("\nFigures written to " + csv + " and appended to " + docs);
        System.exit(table.clean() ? 0 : 1);
    }

    private static FaultTable run(FaultSuiteOptions options) throws Exception {
        Path work = options.repositoryRoot().resolve("bench/target/fault-work");
        LocalSuite.Options suiteOptions = LocalSuite.Options.of(options.repositoryRoot(), work)
                .withJvmOptions(BenchRuns.SERVICE_JVM_OPTIONS)
                .withOutageProxies(true)
                .withArguments(ServiceDefinition.SLA, SlaBenchPolicy.writeAndSelect(work, ACKNOWLEDGE_TARGET));
        FaultTable table = new FaultTable();
        FaultLedger ledger = new FaultLedger();
        try (LocalSuite suite = LocalSuite.start(suiteOptions);
                TopicTap tap = new TopicTap(suite.bootstrapServers(), suite.schemaRegistryUrl(),
                        List.of(Topics.COMPLAINTS_REGISTERED, Topics.COMPLAINTS_GRADED, Topics.SLA_EVENTS));
                ComplaintDriver driver = ComplaintDriver.overKafkaAndRest(suite)) {
            tap.listen(ledger::accept).start();
            CustomerMails mails = new CustomerMails(suite.mail()::messages);
            for (int round = 1; round <= options.rounds(); round++) {
                for (Fault fault : options.faults()) {
                    boolean once = options.rounds() == 1;
                    // batch names are letters only: they are part of the channel message ids
                    String batch = once ? fault.name() : fault.name() + "round" + (char) ('a' + round - 1);
                    String description = once ? fault.description() : fault.description() + " (round " + round + ")";
                    System.out.println(description + ": " + options.rate() + " complaints/s, fault after "
                            + options.faultAfter().toSeconds() + " s");
                    table.add(description, scenario(suite, driver, ledger, mails, fault, batch, options));
                }
            }
        }
        return table;
    }

    private static FaultOutcome scenario(LocalSuite suite, ComplaintDriver driver, FaultLedger ledger,
            CustomerMails mails, Fault fault, String batch, FaultSuiteOptions options) throws Exception {
        long started = System.nanoTime();
        Duration loadFor = options.loadFor(fault);
        CompletableFuture<DriveResult> load = CompletableFuture.supplyAsync(
                () -> driver.drive(batch, options.rate(), loadFor));
        Thread.sleep(options.faultAfter().toMillis());
        fault.inject(suite);
        DriveResult driven = load.join();
        long accepted = driven.sent() - driven.failures();
        long lastDeadline = System.currentTimeMillis() + ACKNOWLEDGE_TARGET.toMillis();
        long giveUpAt = System.nanoTime() + options.settle().toNanos();
        System.out.printf("  driven: %d sent, %d refused in %d s%n", driven.sent(), driven.failures(),
                driven.elapsed().toSeconds());
        FaultOutcome outcome;
        long nextProgress = System.nanoTime() + PROGRESS.toNanos();
        while (true) {
            long now = System.currentTimeMillis();
            outcome = ledger.outcome(batch, accepted, mails.all(), now - BREACH_GRACE.toMillis());
            boolean deadlinesPassed = now > lastDeadline + BREACH_GRACE.toMillis();
            if ((deadlinesPassed && outcome.settled()) || System.nanoTime() > giveUpAt) {
                break;
            }
            if (System.nanoTime() > nextProgress) {
                System.out.println("  waiting: " + outcome.summary());
                nextProgress = System.nanoTime() + PROGRESS.toNanos();
            }
            Thread.sleep(POLL.toMillis());
        }
        System.out.printf("  %s; %d s%n", outcome.summary(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        return outcome;
    }


    static List<Fault> allFaults(Duration outage) {
        List<Fault> faults = new ArrayList<>();
        faults.add(new Fault.NoFault());
        for (ServiceDefinition service : ServiceDefinition.all()) {
            faults.add(new Fault.ServiceCrash(service));
        }
        faults.add(new Fault.BrokerRestart());
        faults.add(new Fault.RegistryOutage(outage));
        faults.add(new Fault.SmtpOutage(outage));
        return faults;
    }
}
