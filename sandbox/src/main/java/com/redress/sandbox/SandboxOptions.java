package com.redress.sandbox;

import java.nio.file.Path;
import java.time.Duration;

import com.redress.testkit.suite.Checkout;

/**
 * How to run the sandbox.
 *
 * @param repositoryRoot  the checkout whose services' jars are launched
 * @param standardPorts   prefer the well-known ports (Kafka 9092, registry 8081, SMTP 3025, services 8080-8084),
 *                        falling back to free ones; otherwise any free ports
 * @param demoInterval    time between two demo complaints; {@code null} for no demo traffic
 */
record SandboxOptions(Path repositoryRoot, boolean standardPorts, Duration demoInterval) {

    static final Duration DEFAULT_DEMO_INTERVAL = Duration.ofSeconds(2);

    /** Parses {@code --no-demo}, {@code --demo-interval=PT0.5S}, {@code --any-ports} and {@code --root=DIR}. */
    static SandboxOptions parse(String... args) {
        Path root = null;
        boolean standardPorts = true;
        Duration demoInterval = DEFAULT_DEMO_INTERVAL;
        for (String arg : args) {
            if (arg.equals("--no-demo")) {
                demoInterval = null;
            } else if (arg.startsWith("--demo-interval=")) {
                demoInterval = Duration.parse(arg.substring("--demo-interval=".length()));
            } else if (arg.equals("--any-ports")) {
                standardPorts = false;
            } else if (arg.startsWith("--root=")) {
                root = Path.of(arg.substring("--root=".length()));
            } else {
                throw new IllegalArgumentException("Unknown option " + arg
                        + "; options: --no-demo, --demo-interval=PT2S, --any-ports, --root=DIR");
            }
        }
        return new SandboxOptions(root != null ? root : findRepositoryRoot(Path.of("")), standardPorts, demoInterval);
    }

    /** The nearest directory, from {@code start} upwards, that holds the sandbox module. */
    static Path findRepositoryRoot(Path start) {
        return Checkout.holding("sandbox", start).orElseThrow(() -> new IllegalStateException(
                "Run the sandbox from the Redress checkout (no sandbox/pom.xml above " + start.toAbsolutePath()
                        + "), or pass --root=DIR"));
    }
}
