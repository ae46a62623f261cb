package com.redress.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

class PortRequestTest {

    @Test
    void shouldFailWithClearMessageWhenExactPortIsTaken() throws IOException {
        // Given
        try (ServerSocket occupant = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int taken = occupant.getLocalPort();

            // When / Then
            assertThatThrownBy(() -> PortRequest.exactly(taken).resolve("the Kafka broker"))
                    .isInstanceOf(PortUnavailableException.class)
                    .hasMessageContaining("Cannot start the Kafka broker: port " + taken + " on 127.0.0.1 is already in use")
                    .satisfies(e -> assertThat(((PortUnavailableException) e).port()).isEqualTo(taken));
        }
    }

    @Test
    void shouldFallBackToAnotherFreePortWhenPreferredPortIsTaken() throws IOException {
        // Given
        try (ServerSocket occupant = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int taken = occupant.getLocalPort();

            // When
            int chosen = PortRequest.preferred(taken).resolve("the Kafka broker");

            // Then
            assertThat(chosen).isNotEqualTo(taken);
            assertThat(PortRequest.isFree(chosen)).isTrue();
        }
    }

    @Test
    void shouldUsePreferredPortWhenItIsFree() {
        // Given
        int free = PortRequest.freePort();

        // When / Then
        assertThat(PortRequest.preferred(free).resolve("the Kafka broker")).isEqualTo(free);
    }

    @Test
    void shouldKeepExactPortOnRetryButLetOthersMove() {
        assertThat(PortRequest.exactly(9092).allowsAnotherPort()).isFalse();
        assertThat(PortRequest.preferred(9092).allowsAnotherPort()).isTrue();
        assertThat(PortRequest.anyFree().allowsAnotherPort()).isTrue();
    }

    @Test
    void shouldRejectPortOutsideValidRange() {
        assertThatThrownBy(() -> PortRequest.exactly(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortRequest.preferred(65536)).isInstanceOf(IllegalArgumentException.class);
    }
}
