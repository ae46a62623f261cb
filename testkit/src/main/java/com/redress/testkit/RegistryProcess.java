package com.redress.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One launched Apicurio Registry child process: its command line, its readiness, and its
 * guaranteed end (explicitly or through a JVM shutdown hook).
 */
final class RegistryProcess {

    enum Readiness { READY, EXITED, TIMED_OUT }

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    // Quarkus reports a taken port as "Port N seems to be in use by another process".
    private static final String PORT_TAKEN_MARKER = "seems to be in use";

    private final Process process;
    private final int port;
    private final Path logFile;
    private final long logOffsetAtLaunch;
    private Thread shutdownHook;

    private RegistryProcess(Process process, int port, Path logFile, long logOffsetAtLaunch,
                            Runnable afterExitAtJvmShutdown) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
        this.logOffsetAtLaunch = logOffsetAtLaunch;
        ProcessHandle child = process.toHandle();
        // Deliberately independent of the owner's lock, so a JVM ending mid-start still ends the child.
        this.shutdownHook = new Thread(() -> {
            ProcessTree.destroy(child, STOP_GRACE);
            afterExitAtJvmShutdown.run();
        }, "redress-schema-registry-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the registry JVM on {@code port}, running in {@code workDir} and appending its output
     * to {@code logFile}; {@code afterExitAtJvmShutdown} runs once the child is gone if the JVM
     * exits before {@link #destroy()} is called.
     */
    static RegistryProcess launch(ApicurioDistribution distribution, int port, Path workDir, Path logFile,
                                  Runnable afterExitAtJvmShutdown) {
        List<String> command = List.of(
                javaExecutable(),
                "-Xmx384m",
                // A local registry needs a fast start more than peak throughput: C1 only starts ~20 % sooner here.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.banner.enabled=false",
                "-jar", distribution.runnerJar().toString());
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            // An owner-chosen log file is appended to across runs; only this run's part says why it ended.
            long logOffset = Files.exists(logFile) ? Files.size(logFile) : 0;
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            return new RegistryProcess(process, port, logFile, logOffset, afterExitAtJvmShutdown);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot launch the schema registry: " + String.join(" ", command), e);
        }
    }

    /** Polls the API until it answers, the process dies, or {@code timeout} passes. */
    Readiness awaitReady(Duration timeout) throws InterruptedException {
        CcompatAdmin admin = new CcompatAdmin(baseUrl());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (admin.isAnswering()) {
                return Readiness.READY;
            }
            if (exitedWithin(POLL_INTERVAL)) {
                return Readiness.EXITED;
            }
        }
        return Readiness.TIMED_OUT;
    }

    /** Whether the process ended because its port was taken. */
    boolean lostItsPort() {
        return !process.isAlive() && LogTail.contains(logFile, logOffsetAtLaunch, PORT_TAKEN_MARKER);
    }

    String exitDescription() {
        return process.isAlive() ? "still running" : "exit code " + process.exitValue();
    }

    String baseUrl() {
        return SchemaRegistryServer.urlAt(port);
    }

    int port() {
        return port;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Ends the process tree and waits for it; safe to call more than once. */
    synchronized void destroy() {
        ProcessTree.destroy(process.toHandle(), STOP_GRACE);
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook runs anyway and finds the process gone.
            }
            shutdownHook = null;
        }
    }

    /** Waits up to {@code interval} for the child to exit; doubles as the pause between readiness polls. */
    private boolean exitedWithin(Duration interval) throws InterruptedException {
        try {
            process.onExit().get(interval.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }

    /** The JDK running this JVM, so the registry needs nothing installed beyond what runs the caller. */
    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
