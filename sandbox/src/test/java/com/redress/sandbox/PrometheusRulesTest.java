package com.redress.sandbox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.redress.testkit.ExternalTools;

import static org.assertj.core.api.Assertions.assertThat;

/** The Prometheus configuration and alert rules under deploy/prometheus pass promtool's checks and rule unit tests. */
class PrometheusRulesTest {

    private static final Path PROMETHEUS_DIR = SandboxOptions.findRepositoryRoot(Path.of("")).resolve("deploy/prometheus");

    @BeforeEach
    void needsPromtool() {
        ExternalTools.assumeAvailable("Checking the Prometheus rules", ExternalTools.missingFromPath("promtool"),
                "Debian package prometheus");
    }

    @Test
    void shouldAcceptTheScrapeConfiguration() throws Exception {
        assertPromtool("check", "config", "prometheus.yml");
    }

    @Test
    void shouldAcceptTheAlertRules() throws Exception {
        assertPromtool("check", "rules", "alerts.yml");
    }

    @Test
    void shouldFireEveryAlertWhenItShouldAndNotOtherwise() throws Exception {
        assertPromtool("test", "rules", "alerts-test.yml");
    }

    private static void assertPromtool(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("promtool"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(PROMETHEUS_DIR.toFile()).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
    }
}
