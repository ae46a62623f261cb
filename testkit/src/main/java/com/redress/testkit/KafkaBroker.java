package com.redress.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a single-node Apache Kafka KRaft broker (combined broker and controller) inside this JVM,
 * bound to 127.0.0.1, with its data in a temporary directory that is deleted on stop.
 *
 * <p>This is Kafka's own server ({@link KafkaRaftServer}, what {@code kafka-server-start.sh} runs)
 * after the same storage formatting as {@code kafka-storage.sh format}; nothing is mocked.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    private static final String SERVER_NAME = "the Kafka broker";
    private static final int START_ATTEMPTS = 3;
    private static final AtomicBoolean exitGuardInstalled = new AtomicBoolean();

    private final PortRequest portRequest;
    private final BrokerSecurity security;

    private KafkaRaftServer server;
    private KafkaConfig config;
    private Path dataDir;
    private int port;
    private Thread shutdownHook;

    /** A broker on any free loopback port. */
    public KafkaBroker() {
        this(PortRequest.anyFree());
    }

    /** A broker on the requested loopback port. */
    public KafkaBroker(PortRequest portRequest) {
        this(portRequest, BrokerSecurity.plaintext());
    }

    /** A broker on the requested loopback port whose clients authenticate as {@code security} says. */
    public KafkaBroker(PortRequest portRequest, BrokerSecurity security) {
        this.portRequest = Objects.requireNonNull(portRequest, "portRequest");
        this.security = Objects.requireNonNull(security, "security");
    }

    /**
     * Formats fresh storage and starts the broker; returns once it accepts clients.
     *
     * @throws PortUnavailableException if an exact port was requested and is taken
     * @throws IllegalStateException if the broker cannot start
     */
    public synchronized KafkaBroker start() {
        if (server != null) {
            return this;
        }
        keepKafkaFromTerminatingTheJvm();
        long startedAt = System.nanoTime();
        PortRequest request = portRequest;
        for (int attempt = 1; ; attempt++) {
            try {
                startOnce(request);
                break;
            } catch (PortRaceLostException e) {
                if (attempt == START_ATTEMPTS) {
                    throw new IllegalStateException("Kafka broker could not bind a loopback port in "
                            + START_ATTEMPTS + " attempts", e.getCause());
                }
                log.info("Kafka broker lost a race for its port; retrying on another port");
                request = request.forRetry();
            }
        }
        security.prepare(bootstrapServers());
        shutdownHook = new Thread(this::stop, "redress-kafka-broker-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        log.info("Kafka broker (KRaft, single node) ready at {} in {} ms", bootstrapServers(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
        return this;
    }

    /** {@code 127.0.0.1:PORT}, the value for {@code bootstrap.servers}. */
    public synchronized String bootstrapServers() {
        return SingleNodeKraftSettings.HOST + ":" + port();
    }

    /** The port clients connect to. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("Kafka broker is not running; call start() first");
        }
        return port;
    }

    /** How clients authenticate; its {@link BrokerSecurity#clientProperties()} go with {@link #bootstrapServers()}. */
    public BrokerSecurity security() {
        return security;
    }

    /**
     * Shuts the broker down as a crash or a rolling restart would, keeping its data, and starts it again on the same
     * ports; clients reconnect by themselves. Returns once it accepts clients again.
     */
    public synchronized void restart() {
        if (server == null) {
            throw new IllegalStateException("Kafka broker is not running; call start() first");
        }
        shutDownQuietly(server);
        server = null;
        KafkaRaftServer restarted = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            restarted.startup();
        } catch (RuntimeException e) {
            shutDownQuietly(restarted);
            throw new IllegalStateException("Kafka broker failed to restart on port " + port, e);
        }
        server = restarted;
        log.info("Kafka broker on port {} restarted with its data", port);
    }

    /** Whether the broker has been started and not stopped yet. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Shuts the broker down and deletes its data; does nothing if it is not running. */
    public synchronized void stop() {
        if (dataDir == null) {
            return;
        }
        try {
            if (server != null) {
                shutDownQuietly(server);
            }
        } finally {
            server = null;
            config = null;
            deleteQuietly(dataDir);
            dataDir = null;
            removeShutdownHook();
        }
        log.info("Kafka broker on port {} stopped", port);
    }

    @Override
    public void close() {
        stop();
    }

    private void startOnce(PortRequest request) throws PortRaceLostException {
        int clientPort = request.resolve(SERVER_NAME);
        int controllerPort = PortRequest.freePort();
        Path dir = createDataDir();
        KafkaRaftServer candidate = null;
        KafkaConfig nodeConfig;
        try {
            nodeConfig = new KafkaConfig(SingleNodeKraftSettings.forNode(clientPort, controllerPort, dir, security), false);
            format(nodeConfig);
            candidate = new KafkaRaftServer(nodeConfig, Time.SYSTEM);
            candidate.startup();
        } catch (RuntimeException e) {
            if (candidate != null) {
                shutDownQuietly(candidate);
            }
            deleteQuietly(dir);
            if (causedByBindFailure(e)) {
                throw new PortRaceLostException(e);
            }
            throw new IllegalStateException("Kafka broker failed to start on port " + clientPort, e);
        }
        server = candidate;
        config = nodeConfig;
        dataDir = dir;
        port = clientPort;
    }

    private static void format(KafkaConfig config) {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(config.nodeId())
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(SingleNodeKraftSettings.CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setDirectories(List.of(config.metadataLogDir()))
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka storage in " + config.metadataLogDir(), e);
        }
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("redress-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a data directory for the Kafka broker", e);
        }
    }

    private static void shutDownQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            log.warn("Kafka broker did not shut down cleanly", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            Utils.delete(dir.toFile());
        } catch (IOException e) {
            log.warn("Cannot delete Kafka data directory {}", dir, e);
        }
    }

    private void removeShutdownHook() {
        if (shutdownHook == null || Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook runs anyway and finds the broker stopped.
        }
        shutdownHook = null;
    }

    private static boolean causedByBindFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Kafka's server answers fatal faults with {@code Exit.halt}; embedded in a test run or the
     * sandbox that would kill the whole JVM without a trace, so the request is logged and refused.
     */
    private static void keepKafkaFromTerminatingTheJvm() {
        if (exitGuardInstalled.compareAndSet(false, true)) {
            Exit.setExitProcedure((status, message) ->
                    log.error("Kafka asked to exit the JVM with status {} ({}); refused: the broker is embedded", status, message));
            Exit.setHaltProcedure((status, message) ->
                    log.error("Kafka asked to halt the JVM with status {} ({}); refused: the broker is embedded", status, message));
        }
    }

    /** Another process bound the chosen port between choosing and binding it. */
    private static final class PortRaceLostException extends Exception {

        private static final long serialVersionUID = 1L;

        PortRaceLostException(Throwable cause) {
            super(cause);
        }
    }
}
