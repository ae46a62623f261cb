package com.redress.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApicurioDistributionTest {

    @TempDir
    Path home;

    @Test
    void shouldPreferSystemPropertyOverEnvironmentAndBuild() throws IOException {
        // Given
        Path runner = Files.createFile(home.resolve("apicurio-registry-app-9.9.9-runner.jar"));

        // When
        ApicurioDistribution distribution = ApicurioDistribution.locate(
                key -> ApicurioDistribution.HOME_OVERRIDE.equals(key) ? home.toString() : null,
                key -> "/nowhere");

        // Then
        assertThat(distribution.runnerJar()).isEqualTo(runner);
    }

    @Test
    void shouldUseEnvironmentVariableWhenNoSystemPropertyIsSet() throws IOException {
        // Given
        Files.createFile(home.resolve("apicurio-registry-app-9.9.9-runner.jar"));

        // When
        ApicurioDistribution distribution = ApicurioDistribution.locate(
                key -> null,
                key -> ApicurioDistribution.HOME_OVERRIDE.equals(key) ? home.toString() : null);

        // Then
        assertThat(distribution.home()).isEqualTo(home);
    }

    @Test
    void shouldFallBackToTheDistributionUnpackedByTheBuild() {
        // When
        ApicurioDistribution distribution = ApicurioDistribution.locate(key -> null, key -> null);

        // Then
        assertThat(distribution.runnerJar().getFileName().toString()).isEqualTo("apicurio-registry-app-3.0.9-runner.jar");
        assertThat(distribution.home().resolve("lib")).isDirectory();
    }

    @Test
    void shouldExplainHowToFixAMissingDistribution() {
        assertThatThrownBy(() -> ApicurioDistribution.at(home.resolve("absent"), "a test"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Apicurio Registry is not unpacked at")
                .hasMessageContaining("REDRESS_APICURIO_HOME");
    }

    @Test
    void shouldRejectDirectoryWithoutRunnerJar() {
        assertThatThrownBy(() -> ApicurioDistribution.at(home, "a test"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Expected exactly one apicurio-registry-app-*-runner.jar");
    }
}
