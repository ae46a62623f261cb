package com.redress.testkit.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Redress service running as a child JVM from its own Spring Boot jar, with its output in a log file. */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(20);

    private final String name;
    private final int port;
    private final Path logFile;
    private final Process process;
    private final List<String> command;
    private final Map<String, String> environment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceProcess(String name, int port, Path logFile, List<String> command, Map<String, String> environment,
            boolean appendToLog) throws IOException {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(appendToLog ? ProcessBuilder.Redirect.appendTo(logFile.toFile())
                        : ProcessBuilder.Redirect.to(logFile.toFile()));
        builder.environment().putAll(environment);
        this.process = builder.start();
    }

    /** Small heap, quick start: what the sandbox runs each service with. */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");

    /** Starts {@code java -jar jar} with {@link #DEFAULT_JVM_OPTIONS} and the given Spring properties as arguments. */
    public static ServiceProcess start(String name, Path jar, int port, List<String> springArguments,
            Map<String, String> environment, Path logDirectory) throws IOException {
        return start(name, jar, port, DEFAULT_JVM_OPTIONS, springArguments, environment, logDirectory);
    }

    /** Starts {@code java <jvmOptions> -jar jar} with the given Spring properties as command-line arguments. */
    public static ServiceProcess start(String name, Path jar, int port, List<String> jvmOptions,
            List<String> springArguments, Map<String, String> environment, Path logDirectory) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No jar for " + name + " at " + jar
                    + ": build first with ./mvnw -DskipTests package");
        }
        Files.createDirectories(logDirectory);
        Path logFile = logDirectory.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(springArguments);
        return new ServiceProcess(name, port, logFile, command, environment, false);
    }

    /** Kills the service at once, as a crash would (no shutdown hooks, no commits), and starts it again. */
    public ServiceProcess crashAndRestart() throws IOException, InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        return new ServiceProcess(name, port, logFile, command, environment, true);
    }

    /** Waits until {@code /actuator/health} says UP; fails with the log's tail when the process dies or time runs out. */
    public void awaitHealthy(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + "; last lines of " + logFile + ":\n" + logTail());
            }
            if (isHealthy()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " was not healthy within " + timeout.toSeconds() + " s; last lines of "
                + logFile + ":\n" + logTail());
    }

    public boolean isHealthy() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(healthUri())
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private URI healthUri() {
        return baseUri().resolve("/actuator/health");
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Asks the service to shut down gracefully, then kills it and anything it started if it does not. */
    @Override
    public void close() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
