package com.redress.testkit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Checks that need a tool from outside Maven (Debian's Python Kafka client, docker-compose, Prometheus): skipped with
 * the reason where the tool is missing, failed instead when {@value #REQUIRE_VARIABLE}{@code =1} (CI sets it, after
 * installing the tools), so CI can never pass by skipping.
 */
public final class ExternalTools {

    /** Environment variable that turns a missing tool from a skip into a failure. */
    public static final String REQUIRE_VARIABLE = "REDRESS_REQUIRE_EXTERNAL_TOOLS";

    private ExternalTools() {
    }

    /**
     * Returns when {@code whyUnavailable} is empty; otherwise skips the calling test with the reason and how to install
     * the tool, or fails it when the tools are required.
     */
    public static void assumeAvailable(String check, Optional<String> whyUnavailable, String installHint) {
        if (whyUnavailable.isEmpty()) {
            return;
        }
        String reason = check + " needs " + whyUnavailable.get() + " (" + installHint + ")";
        if (required()) {
            Assertions.fail(reason + "; " + REQUIRE_VARIABLE + "=1 requires the check to run");
        }
        Assumptions.abort(reason + "; skipping");
    }

    /** The executable {@code command} on the PATH, if there is one. */
    public static Optional<Path> onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return Optional.of(Path.of(dir, command));
            }
        }
        return Optional.empty();
    }

    /** Empty when {@code command} is on the PATH, else the sentence saying it is not. */
    public static Optional<String> missingFromPath(String command) {
        return onPath(command).isPresent() ? Optional.empty() : Optional.of(command + " on the PATH");
    }

    static boolean required() {
        return "1".equals(System.getenv(REQUIRE_VARIABLE));
    }
}
