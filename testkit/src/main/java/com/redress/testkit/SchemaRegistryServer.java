package com.redress.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Apicurio Registry as a child process bound to 127.0.0.1 with in-memory storage, and serves
 * its Confluent-compatible REST API with BACKWARD as the global compatibility level.
 *
 * <p>The child's output goes to a log file, never to the caller's console. A JVM shutdown hook
 * ends the child and its descendants if the owner never calls {@link #stop()}. The distribution
 * comes from this module's build, or from {@code REDRESS_APICURIO_HOME} (system property, then
 * environment variable) pointing at another unpacked {@code apicurio-registry-app-*-all.tar.gz}.
 */
public final class SchemaRegistryServer implements AutoCloseable {

    /** Path of the Confluent-compatible API below the server root. */
    public static final String CCOMPAT_PATH = "/apis/ccompat/v7";

    private static final Logger log = LoggerFactory.getLogger(SchemaRegistryServer.class);

    private static final String SERVER_NAME = "the schema registry";
    // Apicurio's own default is NONE; the Redress contract (and Confluent's default) is BACKWARD.
    private static final String DEFAULT_COMPATIBILITY = "BACKWARD";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final int START_ATTEMPTS = 3;
    private static final int LOG_TAIL_LINES = 40;

    private final PortRequest portRequest;
    private final Path requestedLogFile;
    private final Supplier<ApicurioDistribution> distribution;

    private RegistryProcess process;
    private Path workDir;
    private Path logFile;

    /** A registry on any free loopback port, logging to a temporary file. */
    public SchemaRegistryServer() {
        this(PortRequest.anyFree());
    }

    /** A registry on the requested loopback port, logging to a temporary file that is deleted on stop. */
    public SchemaRegistryServer(PortRequest portRequest) {
        this(portRequest, null);
    }

    /**
     * A registry on the requested loopback port that appends its output to {@code logFile} and keeps
     * it after stop; a {@code null} file means a temporary one that is deleted on stop.
     */
    public SchemaRegistryServer(PortRequest portRequest, Path logFile) {
        this(portRequest, logFile, ApicurioDistribution::locate);
    }

    SchemaRegistryServer(PortRequest portRequest, Path logFile, Supplier<ApicurioDistribution> distribution) {
        this.portRequest = Objects.requireNonNull(portRequest, "portRequest");
        this.requestedLogFile = logFile;
        this.distribution = distribution;
    }

    /**
     * Launches the registry and returns once its API answers and BACKWARD compatibility is set.
     *
     * @throws PortUnavailableException if an exact port was requested and is taken
     * @throws IllegalStateException if the registry does not come up; the message carries its log tail
     */
    public synchronized SchemaRegistryServer start() {
        if (process != null) {
            return this;
        }
        ApicurioDistribution apicurio = distribution.get();
        long startedAt = System.nanoTime();
        workDir = createWorkDir();
        logFile = requestedLogFile != null ? requestedLogFile : workDir.resolve("schema-registry.log");
        try {
            process = launchUntilReady(apicurio);
            configureDefaultCompatibility();
        } catch (PortUnavailableException e) {
            deleteWorkDir();
            throw e;
        } catch (RuntimeException e) {
            // A temporary log stays for diagnosis (the message names it); otherwise nothing in there is worth keeping.
            if (requestedLogFile != null) {
                deleteWorkDir();
            }
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            deleteWorkDir();
            throw new IllegalStateException("Interrupted while starting the schema registry", e);
        }
        log.info("Schema registry (Apicurio, Confluent-compatible API) ready at {} in {} ms; log: {}", url(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt), logFile);
        return this;
    }

    /**
     * The {@code schema.registry.url} of a registry's Confluent-compatible API reached on loopback at {@code port}
     * (its own port, or a proxy's in front of it).
     */
    public static String urlAt(int port) {
        return "http://127.0.0.1:" + port + CCOMPAT_PATH;
    }

    /** {@code http://127.0.0.1:PORT/apis/ccompat/v7}, the value for {@code schema.registry.url}. */
    public synchronized String url() {
        return running().baseUrl();
    }

    /** The HTTP port the registry listens on. */
    public synchronized int port() {
        return running().port();
    }

    /** The file the registry process writes its output to. */
    public synchronized Path logFile() {
        running();
        return logFile;
    }

    /** Whether the registry has been started and not stopped yet. */
    public synchronized boolean isRunning() {
        return process != null;
    }

    /** Ends the registry process and all its descendants and waits for them; does nothing if not running. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        int port = process.port();
        process.destroy();
        process = null;
        deleteWorkDir();
        log.info("Schema registry on port {} stopped", port);
    }

    @Override
    public void close() {
        stop();
    }

    private RegistryProcess launchUntilReady(ApicurioDistribution distribution) throws InterruptedException {
        PortRequest request = portRequest;
        for (int attempt = 1; ; attempt++) {
            Path dir = workDir;
            RegistryProcess candidate = RegistryProcess.launch(
                    distribution, request.resolve(SERVER_NAME), workDir, logFile, () -> deleteQuietly(dir));
            RegistryProcess.Readiness readiness;
            try {
                readiness = candidate.awaitReady(STARTUP_TIMEOUT);
            } catch (InterruptedException e) {
                candidate.destroy();
                throw e;
            }
            if (readiness == RegistryProcess.Readiness.READY) {
                return candidate;
            }
            candidate.destroy();
            if (candidate.lostItsPort()) {
                if (!request.allowsAnotherPort()) {
                    throw new PortUnavailableException(SERVER_NAME, candidate.port());
                }
                if (attempt < START_ATTEMPTS) {
                    log.info("Schema registry lost a race for port {}; retrying on another port", candidate.port());
                    request = request.forRetry();
                    continue;
                }
            }
            String reason = readiness == RegistryProcess.Readiness.TIMED_OUT
                    ? "did not answer within " + STARTUP_TIMEOUT.toSeconds() + " s"
                    : "ended (" + candidate.exitDescription() + ") before answering";
            throw new IllegalStateException("Schema registry on port " + candidate.port() + " " + reason
                    + "; log kept at " + logFile + ", last lines:" + System.lineSeparator()
                    + LogTail.of(logFile, LOG_TAIL_LINES));
        }
    }

    private void configureDefaultCompatibility() throws InterruptedException {
        try {
            new CcompatAdmin(process.baseUrl()).setGlobalCompatibility(DEFAULT_COMPATIBILITY);
        } catch (IOException | RuntimeException e) {
            String tail = LogTail.of(logFile, LOG_TAIL_LINES);
            process.destroy();
            process = null;
            throw new IllegalStateException("Schema registry started but setting compatibility " + DEFAULT_COMPATIBILITY
                    + " failed; log kept at " + logFile + ", last lines:" + System.lineSeparator() + tail, e);
        }
    }

    private RegistryProcess running() {
        if (process == null) {
            throw new IllegalStateException("Schema registry is not running; call start() first");
        }
        return process;
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("redress-schema-registry-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a working directory for the schema registry", e);
        }
    }

    /** The working directory is always temporary; it holds the log too unless the owner named a log file. */
    private void deleteWorkDir() {
        deleteQuietly(workDir);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.warn("Cannot delete schema registry working directory {}", dir, e);
        }
    }
}
