package com.redress.testkit.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** One of the four Redress services as the sandbox launches it: its module, preferred port and jar. */
public enum ServiceDefinition {

    INTAKE("intake-service", 8080),
    GRADING("grading-service", 8082),
    SLA("sla-service", 8083),
    NOTIFICATION("notification-service", 8084);

    private final String module;
    private final int standardPort;

    ServiceDefinition(String module, int standardPort) {
        this.module = module;
        this.standardPort = standardPort;
    }

    public String module() {
        return module;
    }

    public int standardPort() {
        return standardPort;
    }

    /** The Spring Boot jar {@code ./mvnw package} leaves in the module's target directory. */
    public Path jar(Path repositoryRoot) {
        Path target = repositoryRoot.resolve(module).resolve("target");
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                List<Path> jars = files
                        .filter(file -> file.getFileName().toString().matches(module + "-[0-9].*\\.jar"))
                        .filter(file -> !file.getFileName().toString().endsWith("-sources.jar"))
                        .toList();
                if (jars.size() == 1) {
                    return jars.get(0);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("No single " + module + " jar in " + target
                + "; build first: ./mvnw -q -DskipTests package");
    }

    public static List<ServiceDefinition> all() {
        return List.of(values());
    }
}
