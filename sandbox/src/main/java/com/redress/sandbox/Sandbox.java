package com.redress.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.PortRequest;

/**
 * The whole suite on one machine: a real Kafka broker (KRaft), the schema registry, an SMTP/IMAP server, the four
 * services as separate JVMs, and a demo channel simulator. {@link #main} runs it until Ctrl-C.
 */
public final class Sandbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Sandbox.class);
    private static final Duration SERVICE_START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration SUMMARY_INTERVAL = Duration.ofSeconds(10);
    /** Time between a demo case's acknowledgement, resolution and closure. */
    private static final Duration DEMO_HANDLING_STEP = Duration.ofSeconds(5);

    private final LocalKafkaStack stack;
    private final MailServer mail;
    private final List<ServiceProcess> services;
    private final DemoChannelSimulator simulator;
    private final Path logDirectory;

    private Sandbox(LocalKafkaStack stack, MailServer mail, List<ServiceProcess> services,
            DemoChannelSimulator simulator, Path logDirectory) {
        this.stack = stack;
        this.mail = mail;
        this.services = services;
        this.simulator = simulator;
        this.logDirectory = logDirectory;
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
        try (LiveSummary summary = new LiveSummary(sandbox.stack.bootstrapServers(), sandbox.mail::receivedMessages)) {
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
        Path logDirectory = options.repositoryRoot().resolve("sandbox/target/sandbox-logs");
        // Kafka Streams state belongs to this run's broker: start from none, or a service would trust stale offsets.
        Path stateDirectory = options.repositoryRoot().resolve("sandbox/target/sandbox-state");
        deleteRecursively(stateDirectory);
        List<AutoCloseable> started = new ArrayList<>();
        try {
            System.out.println("Starting Kafka broker and schema registry...");
            LocalKafkaStack stack = LocalKafkaStack.start(LocalKafkaStack.Options.defaults()
                    .withKafkaPort(port(options, 9092))
                    .withRegistryPort(port(options, 8081))
                    .withRegistryLogFile(logDirectory.resolve("schema-registry.log")));
            started.add(stack);
            MailServer mail = MailServer.start(port(options, 3025).resolve("SMTP server"),
                    port(options, 3143).resolve("IMAP server"));
            started.add(mail);

            System.out.println("Starting the four services (logs in " + logDirectory + ")...");
            List<ServiceProcess> services = new ArrayList<>();
            for (ServiceDefinition service : ServiceDefinition.all()) {
                int httpPort = port(options, service.standardPort()).resolve(service.module());
                ServiceProcess process = ServiceProcess.start(service.module(),
                        service.jar(options.repositoryRoot()), httpPort, springArguments(stack, mail),
                        Map.of("REDRESS_STATE_DIR", stateDirectory.toString()), logDirectory);
                services.add(process);
                started.add(process);
            }
            awaitAllHealthy(services);

            DemoChannelSimulator simulator = null;
            if (options.demoInterval() != null) {
                simulator = new DemoChannelSimulator(stack.bootstrapServers(), stack.schemaRegistryUrl(),
                        serviceNamed(services, ServiceDefinition.INTAKE).baseUri(), DEMO_HANDLING_STEP,
                        new CustomerSimulator(mail::messages,
                                serviceNamed(services, ServiceDefinition.NOTIFICATION).baseUri()));
                started.add(simulator);
                simulator.start(options.demoInterval());
            }
            return new Sandbox(stack, mail, new CopyOnWriteArrayList<>(services), simulator, logDirectory);
        } catch (IOException | InterruptedException | RuntimeException e) {
            closeInReverse(started);
            throw e;
        }
    }

    static final String SANDBOX_PROFILE = "sandbox";

    /** The configuration keys every service is started with; docker-compose.yml passes the same ones. */
    static final List<String> SERVICE_CONNECTION_KEYS = List.of("spring.kafka.bootstrap-servers",
            "spring.kafka.properties.schema.registry.url", "spring.mail.host", "spring.mail.port");

    private static List<String> springArguments(LocalKafkaStack stack, MailServer mail) {
        List<String> values = List.of(stack.bootstrapServers(), stack.schemaRegistryUrl(), "127.0.0.1",
                Integer.toString(mail.smtpPort()));
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < SERVICE_CONNECTION_KEYS.size(); i++) {
            arguments.add("--" + SERVICE_CONNECTION_KEYS.get(i) + "=" + values.get(i));
        }
        arguments.add("--redress.instance-id=sandbox");
        // the services' demonstration keys (public, worthless outside the sandbox)
        arguments.add("--spring.profiles.active=" + SANDBOX_PROFILE);
        return List.copyOf(arguments);
    }

    private static void awaitAllHealthy(List<ServiceProcess> services) throws InterruptedException {
        List<CompletableFuture<Void>> waits = services.stream()
                .map(service -> CompletableFuture.runAsync(() -> {
                    try {
                        service.awaitHealthy(SERVICE_START_TIMEOUT);
                        System.out.println("  " + service.name() + " is up on port " + service.port());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(service.name() + ": interrupted while starting", e);
                    }
                }))
                .toList();
        try {
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private static ServiceProcess serviceNamed(List<ServiceProcess> services, ServiceDefinition definition) {
        return services.stream().filter(service -> service.name().equals(definition.module())).findFirst()
                .orElseThrow();
    }

    private static PortRequest port(SandboxOptions options, int standardPort) {
        return options.standardPorts() ? PortRequest.preferred(standardPort) : PortRequest.anyFree();
    }

    void printWhereToLook(PrintStream out, Duration startUpTime) {
        out.println();
        out.printf("Redress sandbox is up (%d s). Where to look:%n", startUpTime.toSeconds());
        out.printf("  Kafka bootstrap servers  %s%n", stack.bootstrapServers());
        out.printf("  Schema registry          %s%n", stack.schemaRegistryUrl());
        out.printf("  SMTP / IMAP (any user)   127.0.0.1:%d / 127.0.0.1:%d%n", mail.smtpPort(), mail.imapPort());
        for (ServiceProcess service : services) {
            out.printf("  %-24s %s  (health %s/actuator/health, metrics %s/actuator/prometheus)%n", service.name(),
                    service.baseUri(), service.baseUri(), service.baseUri());
        }
        out.printf("  Logs                     %s%n", logDirectory);
        out.println(simulator != null
                ? "Demo channels are posting complaints to " + com.redress.contract.Topics.COMPLAINTS_SUBMITTED
                        + " and to intake's REST API; demo case handlers resolve and close some of them."
                : "No demo traffic (--no-demo).");
        out.println("Press Ctrl-C to stop everything.");
        out.println();
    }

    LocalKafkaStack stack() {
        return stack;
    }

    MailServer mail() {
        return mail;
    }

    List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** Kills a service as a crash would and starts it again, waiting until it is healthy; for fault tests. */
    ServiceProcess crashAndRestart(ServiceDefinition definition) throws IOException, InterruptedException {
        ServiceProcess crashed = serviceNamed(services, definition);
        ServiceProcess restarted = crashed.crashAndRestart();
        services.set(services.indexOf(crashed), restarted);
        restarted.awaitHealthy(SERVICE_START_TIMEOUT);
        return restarted;
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
        CompletableFuture.allOf(services.stream()
                .map(service -> CompletableFuture.runAsync(service::close))
                .toArray(CompletableFuture[]::new)).join();
        mail.close();
        stack.close();
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

    private static void closeInReverse(List<AutoCloseable> started) {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                log.warn("Could not stop {} cleanly: {}", started.get(i), e.getMessage());
            }
        }
    }
}
