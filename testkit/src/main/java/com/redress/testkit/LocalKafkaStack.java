package com.redress.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker and a real schema registry on loopback, started together: either one
 * shared instance per JVM for tests ({@link #shared()}) or an instance the caller owns and closes
 * ({@link #start(Options)}, used by the sandbox).
 */
public final class LocalKafkaStack implements AutoCloseable {

    /** Spring Boot property that points the Kafka clients at the broker. */
    public static final String SPRING_BOOTSTRAP_SERVERS = "spring.kafka.bootstrap-servers";
    /** Spring Boot property that hands {@code schema.registry.url} to every Kafka client. */
    public static final String SPRING_SCHEMA_REGISTRY_URL = "spring.kafka.properties.schema.registry.url";
    /** Partitions of topics created by {@link #createTopics(String...)}, the suite's default. */
    public static final int DEFAULT_PARTITIONS = SingleNodeKraftSettings.DEFAULT_PARTITIONS;

    private static final Logger log = LoggerFactory.getLogger(LocalKafkaStack.class);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    private static final Object SHARED_LOCK = new Object();

    private static LocalKafkaStack shared;
    private static RuntimeException sharedStartFailure;

    private final KafkaBroker broker;
    private final SchemaRegistryServer schemaRegistry;
    private final boolean isShared;

    private LocalKafkaStack(KafkaBroker broker, SchemaRegistryServer schemaRegistry, boolean isShared) {
        this.broker = broker;
        this.schemaRegistry = schemaRegistry;
        this.isShared = isShared;
    }

    /**
     * Where each server listens and logs.
     *
     * @param kafkaPort the broker's client port
     * @param registryPort the schema registry's HTTP port
     * @param registryLogFile where the registry writes its output (kept), or {@code null} for a temporary file
     * @param brokerSecurity how clients authenticate to the broker
     */
    public record Options(PortRequest kafkaPort, PortRequest registryPort, Path registryLogFile,
            BrokerSecurity brokerSecurity) {

        public Options {
            Objects.requireNonNull(kafkaPort, "kafkaPort");
            Objects.requireNonNull(registryPort, "registryPort");
            Objects.requireNonNull(brokerSecurity, "brokerSecurity");
        }

        /** Any free ports, a temporary registry log and a plaintext broker. */
        public static Options defaults() {
            return new Options(PortRequest.anyFree(), PortRequest.anyFree(), null, BrokerSecurity.plaintext());
        }

        public Options withKafkaPort(PortRequest port) {
            return new Options(port, registryPort, registryLogFile, brokerSecurity);
        }

        public Options withRegistryPort(PortRequest port) {
            return new Options(kafkaPort, port, registryLogFile, brokerSecurity);
        }

        public Options withRegistryLogFile(Path file) {
            return new Options(kafkaPort, registryPort, file, brokerSecurity);
        }

        public Options withBrokerSecurity(BrokerSecurity security) {
            return new Options(kafkaPort, registryPort, registryLogFile, security);
        }
    }

    /**
     * The stack shared by every test in this JVM: started on first use, on any free ports, and
     * ended at JVM exit by the servers' shutdown hooks. If it failed to start once, every later
     * call fails at once with the same cause instead of trying again.
     */
    public static LocalKafkaStack shared() {
        synchronized (SHARED_LOCK) {
            if (sharedStartFailure != null) {
                throw new IllegalStateException("The shared local Kafka stack failed to start earlier in this JVM",
                        sharedStartFailure);
            }
            if (shared == null) {
                try {
                    shared = startBoth(Options.defaults(), true);
                } catch (RuntimeException e) {
                    sharedStartFailure = e;
                    throw e;
                }
            }
            return shared;
        }
    }

    /** Starts a stack the caller owns and must {@link #close()}; broker and registry start in parallel. */
    public static LocalKafkaStack start(Options options) {
        return startBoth(Objects.requireNonNull(options, "options"), false);
    }

    /** {@code 127.0.0.1:PORT} of the broker. */
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** {@code http://127.0.0.1:PORT/apis/ccompat/v7}, the Confluent-compatible registry API. */
    public String schemaRegistryUrl() {
        return schemaRegistry.url();
    }

    public KafkaBroker broker() {
        return broker;
    }

    public SchemaRegistryServer schemaRegistry() {
        return schemaRegistry;
    }

    /** Creates each topic with {@value #DEFAULT_PARTITIONS} partitions; topics that exist already are left as they are. */
    public void createTopics(String... names) {
        createTopics(DEFAULT_PARTITIONS, names);
    }

    /** Creates each topic with {@code partitions} partitions; topics that exist already are left as they are. */
    public void createTopics(int partitions, String... names) {
        List<NewTopic> topics = Arrays.stream(names).map(name -> new NewTopic(name, partitions, (short) 1)).toList();
        try (Admin admin = Admin.create(clientProperties())) {
            admin.createTopics(topics).values().forEach(LocalKafkaStack::awaitCreated);
        }
    }

    /**
     * {@value #SPRING_BOOTSTRAP_SERVERS}, {@value #SPRING_SCHEMA_REGISTRY_URL} and the broker's authentication settings
     * for a Spring Boot application.
     */
    public Map<String, String> springProperties() {
        Map<String, String> properties = new HashMap<>(broker.security().springProperties());
        properties.put(SPRING_BOOTSTRAP_SERVERS, bootstrapServers());
        properties.put(SPRING_SCHEMA_REGISTRY_URL, schemaRegistryUrl());
        return Map.copyOf(properties);
    }

    /**
     * {@code bootstrap.servers}, {@code schema.registry.url} and the broker's authentication settings for plain Kafka
     * clients and Streams.
     */
    public Map<String, Object> clientProperties() {
        Map<String, Object> properties = new HashMap<>(broker.security().clientProperties());
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put("schema.registry.url", schemaRegistryUrl());
        return Map.copyOf(properties);
    }

    /**
     * Stops registry and broker; safe to call more than once.
     *
     * @throws IllegalStateException on the shared stack, which other tests in this JVM still use
     */
    public void stop() {
        if (isShared) {
            throw new IllegalStateException("The shared local Kafka stack stops at JVM exit; do not stop it from a test");
        }
        try {
            schemaRegistry.stop();
        } finally {
            broker.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static LocalKafkaStack startBoth(Options options, boolean isShared) {
        long startedAt = System.nanoTime();
        KafkaBroker broker = new KafkaBroker(options.kafkaPort(), options.brokerSecurity());
        SchemaRegistryServer registry = new SchemaRegistryServer(options.registryPort(), options.registryLogFile());
        // The registry is a separate JVM that takes seconds to boot; overlap it with the broker's start.
        CompletableFuture<SchemaRegistryServer> registryStart =
                CompletableFuture.supplyAsync(registry::start, LocalKafkaStack::runOnNewDaemonThread);
        try {
            broker.start();
            registryStart.join();
        } catch (RuntimeException e) {
            RuntimeException failure = unwrap(e);
            stopAfterFailedStart(registryStart, registry, failure);
            broker.stop();
            throw failure;
        }
        log.info("Local Kafka stack ready in {} ms: broker {}, schema registry {}",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt), broker.bootstrapServers(), registry.url());
        return new LocalKafkaStack(broker, registry, isShared);
    }

    private static void stopAfterFailedStart(CompletableFuture<SchemaRegistryServer> registryStart,
                                             SchemaRegistryServer registry, RuntimeException failure) {
        try {
            registryStart.join();
        } catch (RuntimeException registryFailure) {
            RuntimeException cause = unwrap(registryFailure);
            if (cause != failure) {
                failure.addSuppressed(cause);
            }
        }
        registry.stop();
    }

    private static void runOnNewDaemonThread(Runnable task) {
        Thread thread = new Thread(task, "redress-schema-registry-start");
        thread.setDaemon(true);
        thread.start();
    }

    private static RuntimeException unwrap(RuntimeException e) {
        if (e instanceof CompletionException && e.getCause() instanceof RuntimeException cause) {
            return cause;
        }
        return e;
    }

    private static void awaitCreated(String topic, KafkaFuture<Void> creation) {
        try {
            creation.get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + topic, e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Topic " + topic + " was not created within " + ADMIN_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + topic, e);
        }
    }
}
