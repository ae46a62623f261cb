package com.redress.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.suite.LocalSuite;
import com.redress.testkit.suite.MailServer;
import com.redress.testkit.suite.ServiceDefinition;
import com.redress.testkit.suite.ServiceProcess;

/**
 * The whole suite on one machine: a real Kafka broker (KRaft), the schema registry, an SMTP/IMAP server, the four
 * services as separate JVMs, and a demo channel simulator. {@link #main} runs it until Ctrl-C.
 */
public final class Sandbox implements AutoCloseable {

    private static final Duration SUMMARY_INTERVAL = Duration.ofSeconds(10);
    /** Time between a demo case's acknowledgement, resolution and closure. */
    private static final Duration DEMO_HANDLING_STEP = Duration.ofSeconds(5);

    /** The configuration keys every service is started with; docker-compose.yml passes the same ones. */
    static final List<String> SERVICE_CONNECTION_KEYS = LocalSuite.SERVICE_CONNECTION_KEYS;

    private final LocalSuite suite;
    private final DemoChannelSimulator simulator;

    private Sandbox(LocalSuite suite, DemoChannelSimulator simulator) {
        this.suite = suite;
        this.simulator = simulator;
    }

    public static void main(String[] args) throws Exception {
        SandboxOptions options = SandboxOptions.parse(args);
        long startedAt = System.nanoTime();
        Sandbox sandbox = start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the sandbox...");
            sandbox.close();
            System.out.println("Sandbox stopped; nothing left running.");
            stopped.countDown();
        }, "sandbox-shutdown"));
        sandbox.printWhereToLook(System.out, Duration.ofNanos(System.nanoTime() - startedAt));
        try (LiveSummary summary = new LiveSummary(sandbox.stack().bootstrapServers(),
                sandbox.mail()::receivedMessages)) {
            while (stopped.getCount() > 0) {
                System.out.println(summary.line());
                Thread.sleep(SUMMARY_INTERVAL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts everything and waits until every service reports healthy; on any failure stops what had started. */
    static Sandbox start(SandboxOptions options) throws IOException, InterruptedException {
        Path target = options.repositoryRoot().resolve("sandbox/target");
        LocalSuite suite = LocalSuite.start(LocalSuite.Options.of(options.repositoryRoot(), target)
                .withStandardPorts(options.standardPorts())
                .withLogDirectory(target.resolve("sandbox-logs"))
                .withStateDirectory(target.resolve("sandbox-state")));
        DemoChannelSimulator simulator = null;
        try {
            if (options.demoInterval() != null) {
                simulator = new DemoChannelSimulator(suite.bootstrapServers(), suite.schemaRegistryUrl(),
                        suite.baseUri(ServiceDefinition.INTAKE), DEMO_HANDLING_STEP,
                        new CustomerSimulator(suite.mail()::messages, suite.baseUri(ServiceDefinition.NOTIFICATION)));
                simulator.start(options.demoInterval());
            }
            return new Sandbox(suite, simulator);
        } catch (RuntimeException e) {
            if (simulator != null) {
                simulator.close();
            }
            suite.close();
            throw e;
        }
    }

    void printWhereToLook(PrintStream out, Duration startUpTime) {
        out.println();
        out.printf("Redress sandbox is up (%d s). Where to look:%n", startUpTime.toSeconds());
        out.printf("  Kafka bootstrap servers  %s%n", suite.bootstrapServers());
        out.printf("  Schema registry          %s%n", suite.schemaRegistryUrl());
        out.printf("  SMTP / IMAP (any user)   127.0.0.1:%d / 127.0.0.1:%d%n", suite.mail().smtpPort(),
                suite.mail().imapPort());
        for (ServiceProcess service : suite.services()) {
            out.printf("  %-24s %s  (health %s/actuator/health, metrics %s/actuator/prometheus)%n", service.name(),
                    service.baseUri(), service.baseUri(), service.baseUri());
        }
        out.printf("  Logs                     %s%n", suite.logDirectory());
        out.println("  API keys (X-Api-Key header; public demonstration keys, worthless elsewhere; the desk's key also "
                + "reads sla-service's clocks):");
        for (DemoApiKeys demoKey : DemoApiKeys.values()) {
            out.printf("    %-30s %-24s scopes: %s%n", demoKey.key(), demoKey.client(),
                    String.join(", ", demoKey.scopes()));
        }
        out.println(simulator != null
                ? "Demo channels are posting complaints to " + com.redress.contract.Topics.COMPLAINTS_SUBMITTED
                        + " and to intake's REST API; demo case handlers resolve and close some of them."
                : "No demo traffic (--no-demo).");
        out.println("Press Ctrl-C to stop everything.");
        out.println();
    }

    LocalKafkaStack stack() {
        return suite.stack();
    }

    MailServer mail() {
        return suite.mail();
    }

    List<ServiceProcess> services() {
        return suite.services();
    }

    /** Kills a service as a crash would and starts it again, waiting until it is healthy; for fault tests. */
    ServiceProcess crashAndRestart(ServiceDefinition definition) throws IOException, InterruptedException {
        return suite.crashAndRestart(definition);
    }

    DemoChannelSimulator simulator() {
        return simulator;
    }

    /** Stops the simulator, the services (in parallel, gracefully first), the mail server, registry and broker. */
    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
        suite.close();
    }
}
