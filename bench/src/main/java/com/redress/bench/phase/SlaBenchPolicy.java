package com.redress.bench.phase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The SLA policy pack the benchmark runs the SLA service with ({@code --redress.sla.policy-pack=file:...}): one
 * acknowledgement clock per case, counted in plain minutes and without warnings, so that every case the deadline
 * phase loads is owed exactly one breach at the moment the phase chose, and the pipeline phases' cases none during the
 * run.
 */
public final class SlaBenchPolicy {

    /** Clock target: the deadline phase back-dates each receipt by this much to put its deadline where it wants. */
    public static final Duration TARGET = Duration.ofMinutes(60);

    private SlaBenchPolicy() {
    }

    /** Writes the pack to {@code directory/sla-bench-policy.yaml}; returns the Spring argument that selects it. */
    public static String writeAndSelect(Path directory) throws IOException {
        return writeAndSelect(directory, TARGET);
    }

    /** As {@link #writeAndSelect(Path)}, with an acknowledgement clock of {@code target} (whole seconds). */
    public static String writeAndSelect(Path directory, Duration target) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve("sla-bench-policy.yaml");
        Files.writeString(file, """
                # Written by the benchmark (bench/): one clock per case, no warnings, so each loaded case breaches once.
                id: bench-deadlines
                version: 1
                name: Benchmark - one acknowledgement clock per case
                calendar: CN-mainland
                provisionalTier: 3
                sources:
                  - title: Redress benchmark, deadline accuracy at scale (docs/performance.md)
                clocks:
                  - kind: ACKNOWLEDGE
                    target: {amount: %d, unit: SECONDS, description: %d seconds}
                    startOn: [RECEIVED]
                    stopOn: [ACKNOWLEDGED, RESPONDED, RESOLVED, CLOSED]
                    escalationTarget: complaints-manager
                """.formatted(target.toSeconds(), target.toSeconds()), StandardCharsets.UTF_8);
        return "--redress.sla.policy-pack=file:" + file.toAbsolutePath();
    }
}
