package com.redress.platform.wire;

import com.redress.testkit.ExternalTools;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;


/**
 * Runs the scripts of {@code src/test/python} with Debian's {@code /usr/bin/python3} and its python3-confluent-kafka:
 * Confluent's own Avro serializer, the independent side of the wire test.
 */
final class ConfluentPython {

    // Debian's packages are only visible to Debian's interpreter; a python3 earlier on PATH may be another one.
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPTS = Path.of("src", "test", "python");
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(2);

    private ConfluentPython() {
    }

    /** Skips the calling test, with the reason, when Python cannot import {@code confluent_kafka.avro} (see {@link ExternalTools}). */
    static void assumeAvailable() {
        ExternalTools.assumeAvailable("The wire check",
                Probe.RESULT.map(problem -> PYTHON + " with confluent_kafka.avro: " + problem),
                "Debian packages python3-confluent-kafka, python3-avro, python3-requests");
    }

    /** Reads {@code count} records from each topic and returns the JSON lines {@code confluent_decode.py} prints. */
    static List<String> decode(String bootstrapServers, String registryUrl, int count, List<String> topics) {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script("confluent_decode.py").toString(),
                bootstrapServers, registryUrl, Integer.toString(count)));
        command.addAll(topics);
        return run(command, "");
    }

    /** Produces the records described by {@code requests} (JSON lines) with {@code confluent_encode.py}. */
    static List<String> encode(String bootstrapServers, String registryUrl, List<String> requests) {
        return run(List.of(PYTHON.toString(), script("confluent_encode.py").toString(), bootstrapServers, registryUrl),
                String.join("\n", requests) + "\n");
    }

    /** Probes the interpreter once per JVM. */
    private static final class Probe {
        static final Optional<String> RESULT = whyUnavailable();
    }

    private static Optional<String> whyUnavailable() {
        if (!Files.isExecutable(PYTHON)) {
            return Optional.of(PYTHON + " does not exist");
        }
        try {
            Process probe = new ProcessBuilder(PYTHON.toString(), "-c",
                    "import confluent_kafka.avro, confluent_kafka.avro.serializer.message_serializer")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!probe.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                return Optional.of("importing confluent_kafka.avro did not finish");
            }
            return probe.exitValue() == 0 ? Optional.empty() : Optional.of(lastLine(output));
        } catch (IOException e) {
            return Optional.of("cannot start " + PYTHON + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while probing " + PYTHON);
        }
    }

    private static List<String> run(List<String> command, String stdin) {
        try {
            Path out = Files.createTempFile("confluent-python-", ".out");
            Path err = Files.createTempFile("confluent-python-", ".err");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                try (var in = process.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
                if (!process.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail(command.get(1) + " did not finish within " + SCRIPT_TIMEOUT.toSeconds() + " s; stderr: "
                            + Files.readString(err));
                }
                if (process.exitValue() != 0) {
                    fail(command.get(1) + " exited with " + process.exitValue() + "; stderr: " + Files.readString(err));
                }
                return Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                        .toList();
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(1), e);
        }
    }

    private static Path script(String name) {
        Path script = SCRIPTS.resolve(name).toAbsolutePath();
        if (!Files.isRegularFile(script)) {
            fail("Wire-check script " + script + " is missing; the test runs from the platform module's directory");
        }
        return script;
    }

    private static String lastLine(String output) {
        String[] lines = output.split("\\R");
        return lines.length == 0 ? "no output" : lines[lines.length - 1];
    }
}
