package com.redress.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Finds the unpacked Apicurio Registry distribution (its runner jar plus {@code lib/}) that the
 * schema registry child process runs from.
 */
final class ApicurioDistribution {

    /** System property, then environment variable, that point at another unpacked distribution. */
    static final String HOME_OVERRIDE = "REDRESS_APICURIO_HOME";

    private static final String BUILD_PROPERTIES = "testkit.properties";
    private static final String RUNNER_JAR_GLOB = "apicurio-registry-app-*-runner.jar";

    private final Path home;
    private final Path runnerJar;

    private ApicurioDistribution(Path home, Path runnerJar) {
        this.home = home;
        this.runnerJar = runnerJar;
    }

    /** The distribution named by {@value #HOME_OVERRIDE}, or else the one this module's build unpacked. */
    static ApicurioDistribution locate() {
        return locate(System::getProperty, System::getenv);
    }

    static ApicurioDistribution locate(UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        String override = firstNonBlank(systemProperties.apply(HOME_OVERRIDE), environment.apply(HOME_OVERRIDE));
        if (override != null) {
            return at(Path.of(override), HOME_OVERRIDE);
        }
        return at(Path.of(buildProperty("apicurio.home")), BUILD_PROPERTIES + " (written by the testkit build)");
    }

    static ApicurioDistribution at(Path home, String origin) {
        if (!Files.isDirectory(home)) {
            throw new IllegalStateException("Apicurio Registry is not unpacked at " + home + " (taken from " + origin
                    + "). Build the testkit module (./mvnw -pl testkit install) or set " + HOME_OVERRIDE
                    + " to an unpacked apicurio-registry-app-<version>-all.tar.gz.");
        }
        List<Path> jars = runnerJars(home);
        if (jars.size() != 1) {
            throw new IllegalStateException("Expected exactly one " + RUNNER_JAR_GLOB + " in " + home + " (taken from "
                    + origin + ") but found " + jars.size());
        }
        return new ApicurioDistribution(home, jars.get(0));
    }

    Path home() {
        return home;
    }

    Path runnerJar() {
        return runnerJar;
    }

    private static List<Path> runnerJars(Path home) {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> matches = Files.newDirectoryStream(home, RUNNER_JAR_GLOB)) {
            matches.forEach(jars::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + home, e);
        }
        return jars;
    }

    private static String buildProperty(String key) {
        Properties properties = new Properties();
        try (InputStream in = ApicurioDistribution.class.getResourceAsStream(BUILD_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(BUILD_PROPERTIES + " is missing from the testkit jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUILD_PROPERTIES, e);
        }
        String value = properties.getProperty(key);
        if (value == null || value.isBlank() || value.contains("${")) {
            throw new IllegalStateException(BUILD_PROPERTIES + " has no resolved " + key + "; set " + HOME_OVERRIDE);
        }
        return value;
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second != null && !second.isBlank() ? second : null;
    }
}
