package com.redress.sandbox;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.redress.testkit.ExternalTools;
import com.redress.testkit.suite.ServiceDefinition;

import static org.assertj.core.api.Assertions.assertThat;

/** docker-compose.yml stays valid and wires the services exactly as the sandbox does. */
class ComposeFileTest {

    private static Path composeFile;
    private static Map<String, Object> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readComposeFile() throws IOException {
        composeFile = SandboxOptions.findRepositoryRoot(Path.of("")).resolve("docker-compose.yml");
        try (Reader reader = Files.newBufferedReader(composeFile, StandardCharsets.UTF_8)) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Object>) compose.get("services");
        }
    }

    @Test
    void shouldRunEveryServiceFromItsOwnModuleWithTheSandboxConfigurationKeys() {
        for (ServiceDefinition definition : ServiceDefinition.all()) {
            Map<String, Object> service = service(definition.module());
            assertThat(at(service, "build", "args", "MODULE")).as(definition.module()).isEqualTo(definition.module());
            @SuppressWarnings("unchecked")
            List<String> command = (List<String>) service.get("command");
            for (String key : Sandbox.SERVICE_CONNECTION_KEYS) {
                assertThat(command).as(definition.module() + " command")
                        .anySatisfy(argument -> assertThat(argument).startsWith("--" + key + "="));
            }
        }
    }

    @Test
    void shouldStartServicesOnlyOnceBrokerAndRegistryAreHealthy() {
        for (ServiceDefinition definition : ServiceDefinition.all()) {
            Map<String, Object> service = service(definition.module());
            assertThat(at(service, "depends_on", "kafka", "condition")).isEqualTo("service_healthy");
            assertThat(at(service, "depends_on", "schema-registry", "condition")).isEqualTo("service_healthy");
        }
    }

    @Test
    void shouldGiveEveryContainerAHealthCheckAndAMemoryLimit() {
        services.forEach((name, definition) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> service = (Map<String, Object>) definition;
            assertThat(service).as(name).containsKeys("healthcheck", "mem_limit");
        });
    }

    @Test
    void shouldRunOneKraftBrokerWithoutZooKeeper() {
        assertThat(services).doesNotContainKey("zookeeper");
        assertThat(at(service("kafka"), "environment", "KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(at(service("schema-registry"), "environment", "SCHEMA_REGISTRY_SCHEMA_COMPATIBILITY_LEVEL"))
                .isEqualTo("backward");
    }

    @Test
    void shouldBeAcceptedByDockerCompose() throws Exception {
        ExternalTools.assumeAvailable("Validating docker-compose.yml", ExternalTools.missingFromPath("docker-compose"),
                "Debian package docker-compose");

        Process process = new ProcessBuilder("docker-compose", "-f", composeFile.toString(), "config", "--quiet")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as("docker-compose config: " + output).isZero();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        assertThat(services).containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> map, String... path) {
        Object current = map;
        for (String key : path) {
            assertThat(current).as(String.join(".", path)).isInstanceOf(Map.class);
            current = ((Map<String, Object>) current).get(key);
        }
        return current;
    }

}
