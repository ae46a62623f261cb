package com.redress.testkit.suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the Redress checkout is, for the programs and tests that launch its services' jars. */
public final class Checkout {

    private Checkout() {
    }

    /** The nearest directory, from {@code start} upwards, with a {@code pom.xml} and the module {@code module}. */
    public static Optional<Path> holding(String module, Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(module).resolve("pom.xml"))
                    && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
