package com.redress.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerAvailabilityTest {

    @TempDir
    Path dir;

    @Test
    void shouldUseDefaultSocketWhenDockerHostIsNotSet() {
        assertThat(DockerAvailability.endpoint(null)).isEqualTo(URI.create("unix:///var/run/docker.sock"));
        assertThat(DockerAvailability.endpoint(" ")).isEqualTo(URI.create("unix:///var/run/docker.sock"));
    }

    @Test
    void shouldUseDockerHostWhenSet() {
        assertThat(DockerAvailability.endpoint("tcp://10.0.0.5:2375")).isEqualTo(URI.create("tcp://10.0.0.5:2375"));
    }

    @Test
    void shouldReportNoEngineWhenSocketFileIsMissing() {
        assertThat(DockerAvailability.ping(socketUri(dir.resolve("docker.sock")))).isFalse();
    }

    @Test
    void shouldReportNoEngineWhenSocketPathIsAPlainFile() throws IOException {
        // Given a file where the socket should be: existence alone proves nothing
        Path notASocket = Files.writeString(dir.resolve("docker.sock"), "stale");

        // When / Then
        assertThat(DockerAvailability.ping(socketUri(notASocket))).isFalse();
    }

    @Test
    void shouldReportEngineWhenSocketAnswersPing() throws Exception {
        // Given
        Path socket = dir.resolve("docker.sock");

        // When
        boolean reachable = pingWhileServing(socket, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nOK");

        // Then
        assertThat(reachable).isTrue();
    }

    @Test
    void shouldReportNoEngineWhenSocketAnswersSomethingElse() throws Exception {
        // Given
        Path socket = dir.resolve("docker.sock");

        // When
        boolean reachable = pingWhileServing(socket, "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nnot found");

        // Then
        assertThat(reachable).isFalse();
    }

    @Test
    void shouldReportNoEngineWhenTcpEndpointRefusesConnections() {
        // Given a loopback port nobody listens on
        URI endpoint = URI.create("tcp://127.0.0.1:" + PortRequest.freePort());

        // When / Then
        assertThat(DockerAvailability.ping(endpoint)).isFalse();
    }

    @Test
    void shouldReportNoEngineForUnsupportedScheme() {
        assertThat(DockerAvailability.ping(URI.create("ssh://user@host"))).isFalse();
    }

    /** Serves one connection on a Unix socket with a canned answer while the probe pings it. */
    private static boolean pingWhileServing(Path socket, String answer) throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            CompletableFuture<String> request = CompletableFuture.supplyAsync(() -> answerOnce(server, answer));
            boolean reachable = DockerAvailability.ping(socketUri(socket));
            assertThat(request.get()).startsWith("GET /_ping HTTP/1.0");
            return reachable;
        }
    }

    private static String answerOnce(ServerSocketChannel server, String answer) {
        try (SocketChannel client = server.accept()) {
            ByteBuffer request = ByteBuffer.allocate(1024);
            while (!new String(request.array(), 0, request.position(), StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                if (client.read(request) < 0) {
                    break;
                }
            }
            client.write(ByteBuffer.wrap(answer.getBytes(StandardCharsets.US_ASCII)));
            return new String(request.array(), 0, request.position(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URI socketUri(Path socket) {
        return URI.create("unix://" + socket.toAbsolutePath());
    }
}
