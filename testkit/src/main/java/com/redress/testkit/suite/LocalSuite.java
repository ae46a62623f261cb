package com.redress.testkit.suite;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.redress.testkit.BrokerSecurity;
import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.SchemaRegistryServer;
import com.redress.testkit.fault.OutageProxy;
import com.redress.testkit.PortRequest;

/**
 * The whole suite on one machine, started and healthy: a real Kafka broker (KRaft), the schema registry, an SMTP/IMAP
 * server and the four services as child JVMs from their Spring Boot jars; {@link #close()} stops them in reverse.
 */
public final class LocalSuite implements AutoCloseable {

    /** The Spring profile every service runs with: demonstration keys and compressed SLA targets. */
    public static final String SANDBOX_PROFILE = "sandbox";

    /** The configuration keys every service is started with; docker-compose.yml passes the same ones. */
    public static final List<String> SERVICE_CONNECTION_KEYS = List.of("spring.kafka.bootstrap-servers",
            "spring.kafka.properties.schema.registry.url", "spring.mail.host", "spring.mail.port");

    /** What the SMTP proxy answers while the mail server is "down": the reply of a server refusing service. */
    private static final byte[] SMTP_REFUSAL =
            "421 4.3.2 Service not available, closing transmission channel\r\n".getBytes(StandardCharsets.US_ASCII);

    public static final Duration SERVICE_START_TIMEOUT = Duration.ofSeconds(120);

    /** The instance id of the suite's own processes. */
    private static final String DEFAULT_INSTANCE_ID = "sandbox";

    /** In a JVM option, stands for the module name of the service it is given to. */
    public static final String SERVICE_PLACEHOLDER = "{service}";

    private static final Logger log = LoggerFactory.getLogger(LocalSuite.class);

    private final LocalKafkaStack stack;
    private final MailServer mail;
    private final List<ServiceProcess> services;
    private final Options options;
    private final OutageProxy registryProxy;
    private final OutageProxy smtpProxy;

    private LocalSuite(LocalKafkaStack stack, MailServer mail, List<ServiceProcess> services, Options options,
            OutageProxy registryProxy, OutageProxy smtpProxy) {
        this.stack = stack;
        this.mail = mail;
        this.services = new CopyOnWriteArrayList<>(services);
        this.options = options;
        this.registryProxy = registryProxy;
        this.smtpProxy = smtpProxy;
    }

    /**
     * How to start the suite.
     *
     * @param repositoryRoot   the checkout whose services' jars are launched
     * @param standardPorts    prefer the well-known ports (Kafka 9092, registry 8081, SMTP 3025, services 8080-8084),
     *                         falling back to free ones; otherwise any free ports
     * @param logDirectory     where the registry and the services write their output
     * @param stateDirectory   the services' Kafka Streams state; emptied at start
     * @param jvmOptions       the options every service JVM runs with; {@value #SERVICE_PLACEHOLDER} in an option is
     *                         replaced by the service's module name (e.g. for a per-service recording file)
     * @param extraArguments   Spring arguments added to one service's command line
     * @param progress         where start-up progress is printed
     * @param brokerSecurity   how the services and every other client authenticate to the broker
     * @param outageProxies    whether the services reach the registry and the SMTP server through an
     *                         {@link OutageProxy} each, so a fault test can make them unavailable
     */
    public record Options(Path repositoryRoot, boolean standardPorts, Path logDirectory, Path stateDirectory,
            List<String> jvmOptions, Map<ServiceDefinition, List<String>> extraArguments, PrintStream progress,
            BrokerSecurity brokerSecurity, boolean outageProxies) {

        public Options {
            Objects.requireNonNull(repositoryRoot, "repositoryRoot");
            Objects.requireNonNull(logDirectory, "logDirectory");
            Objects.requireNonNull(stateDirectory, "stateDirectory");
            jvmOptions = List.copyOf(jvmOptions);
            extraArguments = extraArguments.isEmpty() ? Map.of() : Map.copyOf(extraArguments);
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(brokerSecurity, "brokerSecurity");
        }

        /** Any free ports, logs and state under {@code workDirectory}, the default JVM options, progress to stdout. */
        public static Options of(Path repositoryRoot, Path workDirectory) {
            return new Options(repositoryRoot, false, workDirectory.resolve("logs"), workDirectory.resolve("state"),
                    ServiceProcess.DEFAULT_JVM_OPTIONS, Map.of(), System.out, BrokerSecurity.plaintext(), false);
        }

        public Options withStandardPorts(boolean standard) {
            return new Options(repositoryRoot, standard, logDirectory, stateDirectory, jvmOptions, extraArguments,
                    progress, brokerSecurity, outageProxies);
        }

        public Options withLogDirectory(Path directory) {
            return new Options(repositoryRoot, standardPorts, directory, stateDirectory, jvmOptions, extraArguments,
                    progress, brokerSecurity, outageProxies);
        }

        public Options withStateDirectory(Path directory) {
            return new Options(repositoryRoot, standardPorts, logDirectory, directory, jvmOptions, extraArguments,
                    progress, brokerSecurity, outageProxies);
        }

        public Options withJvmOptions(List<String> options) {
            return new Options(repositoryRoot, standardPorts, logDirectory, stateDirectory, options, extraArguments,
                    progress, brokerSecurity, outageProxies);
        }

        /** Adds Spring arguments (e.g. {@code --redress.sla.policy-pack=file:...}) to one service's command line. */
        public Options withArguments(ServiceDefinition service, String... arguments) {
            Map<ServiceDefinition, List<String>> merged = new EnumMap<>(ServiceDefinition.class);
            merged.putAll(extraArguments);
            List<String> list = new ArrayList<>(merged.getOrDefault(service, List.of()));
            list.addAll(List.of(arguments));
            merged.put(service, List.copyOf(list));
            return new Options(repositoryRoot, standardPorts, logDirectory, stateDirectory, jvmOptions, merged,
                    progress, brokerSecurity, outageProxies);
        }

        /** Clients authenticate to the broker as {@code security} says (SASL/PLAIN, say), the services included. */
        public Options withBrokerSecurity(BrokerSecurity security) {
            return new Options(repositoryRoot, standardPorts, logDirectory, stateDirectory, jvmOptions, extraArguments,
                    progress, security, outageProxies);
        }

        /** Puts an {@link OutageProxy} between the services and the registry, and one before the SMTP server. */
        public Options withOutageProxies(boolean proxies) {
            return new Options(repositoryRoot, standardPorts, logDirectory, stateDirectory, jvmOptions, extraArguments,
                    progress, brokerSecurity, proxies);
        }

        public Options withProgress(PrintStream out) {
            return new Options(repositoryRoot, standardPorts, logDirectory, stateDirectory, jvmOptions, extraArguments,
                    out, brokerSecurity, outageProxies);
        }
    }

    /** Starts everything and waits until every service reports healthy; on any failure stops what had started. */
    public static LocalSuite start(Options options) throws IOException, InterruptedException {
        // Kafka Streams state belongs to this run's broker: start from none, or a service would trust stale offsets.
        deleteRecursively(options.stateDirectory());
        List<AutoCloseable> started = new ArrayList<>();
        try {
            options.progress().println("Starting Kafka broker and schema registry...");
            LocalKafkaStack stack = LocalKafkaStack.start(LocalKafkaStack.Options.defaults()
                    .withKafkaPort(port(options, 9092))
                    .withRegistryPort(port(options, 8081))
                    .withRegistryLogFile(options.logDirectory().resolve("schema-registry.log"))
                    .withBrokerSecurity(options.brokerSecurity()));
            started.add(stack);
            MailServer mail = MailServer.start(port(options, 3025).resolve("SMTP server"),
                    port(options, 3143).resolve("IMAP server"));
            started.add(mail);
            OutageProxy registryProxy = null;
            OutageProxy smtpProxy = null;
            if (options.outageProxies()) {
                registryProxy = OutageProxy.to("schema registry", stack.schemaRegistry().port());
                started.add(registryProxy);
                smtpProxy = OutageProxy.to("SMTP server", mail.smtpPort(), SMTP_REFUSAL);
                started.add(smtpProxy);
            }
            String registryUrl = registryProxy == null ? stack.schemaRegistryUrl()
                    : SchemaRegistryServer.urlAt(registryProxy.port());
            int smtpPort = smtpProxy == null ? mail.smtpPort() : smtpProxy.port();

            options.progress().println("Starting the four services (logs in " + options.logDirectory() + ")...");
            List<ServiceProcess> services = new ArrayList<>();
            for (ServiceDefinition service : ServiceDefinition.all()) {
                int httpPort = port(options, service.standardPort()).resolve(service.module());
                ServiceProcess process = ServiceProcess.start(service.module(),
                        service.jar(options.repositoryRoot()), httpPort, jvmOptionsFor(service, options.jvmOptions()),
                        serviceArguments(service, DEFAULT_INSTANCE_ID, stack, registryUrl, smtpPort, mail, options),
                        Map.of("REDRESS_STATE_DIR", options.stateDirectory().toString()), options.logDirectory());
                services.add(process);
                started.add(process);
            }
            awaitAllHealthy(services, options.progress());
            return new LocalSuite(stack, mail, services, options, registryProxy, smtpProxy);
        } catch (IOException | InterruptedException | RuntimeException e) {
            closeInReverse(started);
            throw e;
        }
    }

    /**
     * Starts one more process of {@code service} beside the suite's, on a free port, as the instance
     * {@code instanceId} (its log {@code <module>-<instanceId>.log}, its Kafka Streams state under
     * {@code stateDirectory}), connected as the suite's own are; the caller waits for it and closes it.
     */
    public ServiceProcess startInstance(ServiceDefinition service, String instanceId, List<String> jvmOptions,
            Path stateDirectory) throws IOException {
        return startInstance(service, instanceId, jvmOptions, stateDirectory, List.of());
    }

    /** As {@link #startInstance(ServiceDefinition, String, List, Path)}, with {@code arguments} after the usual ones. */
    public ServiceProcess startInstance(ServiceDefinition service, String instanceId, List<String> jvmOptions,
            Path stateDirectory, List<String> arguments) throws IOException {
        String name = service.module() + "-" + instanceId;
        String registryUrl = registryProxy == null ? stack.schemaRegistryUrl()
                : SchemaRegistryServer.urlAt(registryProxy.port());
        int smtpPort = smtpProxy == null ? mail.smtpPort() : smtpProxy.port();
        Files.createDirectories(stateDirectory);
        return ServiceProcess.start(name, service.jar(options.repositoryRoot()), PortRequest.anyFree().resolve(name),
                jvmOptionsFor(service, jvmOptions),
                Stream.concat(serviceArguments(service, instanceId, stack, registryUrl, smtpPort, mail, options)
                        .stream(), arguments.stream()).toList(),
                Map.of("REDRESS_STATE_DIR", stateDirectory.toString()), options.logDirectory());
    }

    private static List<String> jvmOptionsFor(ServiceDefinition service, List<String> jvmOptions) {
        return jvmOptions.stream().map(option -> option.replace(SERVICE_PLACEHOLDER, service.module())).toList();
    }

    private static List<String> serviceArguments(ServiceDefinition service, String instanceId, LocalKafkaStack stack,
            String registryUrl, int smtpPort, MailServer mail, Options options) {
        List<String> arguments = new ArrayList<>(springArguments(stack, registryUrl, smtpPort, instanceId));
        stack.broker().security().springPropertiesFor(service.module())
                .forEach((key, value) -> arguments.add("--" + key + "=" + value));
        if (service == ServiceDefinition.NOTIFICATION) {
            arguments.addAll(journalArguments(mail));
        }
        arguments.addAll(options.extraArguments().getOrDefault(service, List.of()));
        return arguments;
    }

    private static List<String> springArguments(LocalKafkaStack stack, String registryUrl, int smtpPort,
            String instanceId) {
        List<String> values = List.of(stack.bootstrapServers(), registryUrl, "127.0.0.1", Integer.toString(smtpPort));
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < SERVICE_CONNECTION_KEYS.size(); i++) {
            arguments.add("--" + SERVICE_CONNECTION_KEYS.get(i) + "=" + values.get(i));
        }
        arguments.add("--redress.instance-id=" + instanceId);
        // the services' demonstration keys (public, worthless outside the sandbox)
        arguments.add("--spring.profiles.active=" + SANDBOX_PROFILE);
        return List.copyOf(arguments);
    }

    /**
     * Notification's sent-mail journal: every mail copied to the mail server's journal mailbox and, after a crash cut
     * a send off, looked up there. GreenMail files the copy before it answers the end of the message, so a copy
     * missing from the journal is conclusive at once.
     */
    private static List<String> journalArguments(MailServer mail) {
        String prefix = "--redress.notification.email.journal.";
        return List.of(prefix + "bcc=" + MailServer.JOURNAL_ADDRESS, prefix + "host=127.0.0.1",
                prefix + "port=" + mail.imapPort(), prefix + "username=" + MailServer.JOURNAL_ADDRESS,
                prefix + "password=" + MailServer.JOURNAL_PASSWORD, prefix + "delay=0s");
    }

    private static void awaitAllHealthy(List<ServiceProcess> services, PrintStream progress)
            throws InterruptedException {
        List<CompletableFuture<Void>> waits = services.stream()
                .map(service -> CompletableFuture.runAsync(() -> {
                    try {
                        service.awaitHealthy(SERVICE_START_TIMEOUT);
                        progress.println("  " + service.name() + " is up on port " + service.port());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(service.name() + ": interrupted while starting", e);
                    }
                }))
                .toList();
        try {
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private static PortRequest port(Options options, int standardPort) {
        return options.standardPorts() ? PortRequest.preferred(standardPort) : PortRequest.anyFree();
    }

    public LocalKafkaStack stack() {
        return stack;
    }

    public String bootstrapServers() {
        return stack.bootstrapServers();
    }

    public String schemaRegistryUrl() {
        return stack.schemaRegistryUrl();
    }

    /** The proxy the services reach the registry through, with {@link Options#withOutageProxies}. */
    public Optional<OutageProxy> registryProxy() {
        return Optional.ofNullable(registryProxy);
    }

    /** The proxy the services reach the SMTP server through, with {@link Options#withOutageProxies}. */
    public Optional<OutageProxy> smtpProxy() {
        return Optional.ofNullable(smtpProxy);
    }

    public MailServer mail() {
        return mail;
    }

    public Path logDirectory() {
        return options.logDirectory();
    }

    /** The four services in start order; a restarted service replaces its crashed process. */
    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    public ServiceProcess service(ServiceDefinition definition) {
        return services.stream().filter(service -> service.name().equals(definition.module())).findFirst()
                .orElseThrow();
    }

    public URI baseUri(ServiceDefinition definition) {
        return service(definition).baseUri();
    }

    /** Kills a service as a crash would and starts it again, waiting until it is healthy; for fault tests. */
    public ServiceProcess crashAndRestart(ServiceDefinition definition) throws IOException, InterruptedException {
        ServiceProcess restarted = restartAfterCrash(definition);
        restarted.awaitHealthy(SERVICE_START_TIMEOUT);
        return restarted;
    }

    /** Kills a service as a crash would and starts it again without waiting, for who times the recovery itself. */
    public ServiceProcess restartAfterCrash(ServiceDefinition definition) throws IOException, InterruptedException {
        ServiceProcess crashed = service(definition);
        ServiceProcess restarted = crashed.crashAndRestart();
        services.set(services.indexOf(crashed), restarted);
        return restarted;
    }

    /** Stops the services (in parallel, gracefully first), then the mail server, registry and broker. */
    @Override
    public void close() {
        CompletableFuture.allOf(services.stream()
                .map(service -> CompletableFuture.runAsync(service::close))
                .toArray(CompletableFuture[]::new)).join();
        if (smtpProxy != null) {
            smtpProxy.close();
        }
        if (registryProxy != null) {
            registryProxy.close();
        }
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
