package com.redress.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerStartFailureTest {

    @TempDir
    Path dir;

    @Test
    void shouldRefuseToStartBrokerOnTakenExactPort() throws IOException {
        try (ServerSocket occupant = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             KafkaBroker broker = new KafkaBroker(PortRequest.exactly(occupant.getLocalPort()))) {

            assertThatThrownBy(broker::start)
                    .isInstanceOf(PortUnavailableException.class)
                    .hasMessageContaining("the Kafka broker: port " + occupant.getLocalPort());
            assertThat(broker.isRunning()).isFalse();
        }
    }

    @Test
    void shouldRefuseToStartRegistryOnTakenExactPort() throws IOException {
        try (ServerSocket occupant = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             SchemaRegistryServer registry = new SchemaRegistryServer(PortRequest.exactly(occupant.getLocalPort()))) {

            assertThatThrownBy(registry::start)
                    .isInstanceOf(PortUnavailableException.class)
                    .hasMessageContaining("the schema registry: port " + occupant.getLocalPort());
            assertThat(registry.isRunning()).isFalse();
        }
    }

    @Test
    void shouldReportRegistryThatDiesDuringStartWithItsLogTail() throws IOException {
        // Given a distribution whose runner jar is not a jar: the child JVM exits at once
        Path home = Files.createDirectory(dir.resolve("apicurio"));
        Files.writeString(home.resolve("apicurio-registry-app-0.0.0-runner.jar"), "not a jar");
        Path logFile = dir.resolve("registry.log");
        SchemaRegistryServer registry = new SchemaRegistryServer(PortRequest.anyFree(), logFile,
                () -> ApicurioDistribution.at(home, "the test"));

        // When / Then
        assertThatThrownBy(registry::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("before answering")
                .hasMessageContaining("log kept at " + logFile)
                .hasMessageContaining("Invalid or corrupt jarfile");
        assertThat(registry.isRunning()).isFalse();
    }
}
