package com.redress.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Tells whether a Docker engine answers on this machine, by sending it a real {@code GET /_ping}
 * at {@code DOCKER_HOST} ({@code unix://} or plain {@code tcp://}) or else at {@value #DEFAULT_SOCKET}.
 */
public final class DockerAvailability {

    /** Where the engine listens when {@code DOCKER_HOST} is not set. */
    public static final String DEFAULT_SOCKET = "/var/run/docker.sock";

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final int MAX_RESPONSE_BYTES = 16 * 1024;
    private static final byte[] PING_REQUEST =
            "GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private static volatile Boolean engineReachable;

    private DockerAvailability() {
    }

    /** Whether a Docker engine answers a ping; probed once per JVM. */
    public static boolean isEngineReachable() {
        Boolean known = engineReachable;
        if (known == null) {
            known = ping(endpoint(System.getenv("DOCKER_HOST")));
            engineReachable = known;
        }
        return known;
    }

    /** The engine endpoint named by a {@code DOCKER_HOST} value, or the default socket if it is blank. */
    static URI endpoint(String dockerHost) {
        if (dockerHost == null || dockerHost.isBlank()) {
            return URI.create("unix://" + DEFAULT_SOCKET);
        }
        return URI.create(dockerHost.trim());
    }

    /** Whether the engine at {@code endpoint} answers {@code GET /_ping} with {@code 200 OK}. */
    static boolean ping(URI endpoint) {
        return switch (String.valueOf(endpoint.getScheme())) {
            case "unix" -> pingUnixSocket(Path.of(endpoint.getPath()));
            case "tcp" -> pingTcp(endpoint);
            // npipe:// is Windows-only; ssh:// needs the docker CLI; neither is probed.
            default -> false;
        };
    }

    private static boolean pingUnixSocket(Path socket) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap(PING_REQUEST));
            return isPingAnswer(readResponse(channel));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean pingTcp(URI endpoint) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        URI ping = URI.create("http://" + endpoint.getHost() + ":" + endpoint.getPort() + "/_ping");
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(ping).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && "OK".equals(response.body().trim());
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Reads until the engine closes the connection (HTTP/1.0), the limit, or the timeout, whichever comes first. */
    private static String readResponse(SocketChannel channel) throws IOException {
        channel.configureBlocking(false);
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (response.size() < MAX_RESPONSE_BYTES) {
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMillis <= 0) {
                    break;
                }
                selector.select(remainingMillis);
                selector.selectedKeys().clear();
                int read = channel.read(buffer);
                if (read < 0) {
                    break;
                }
                response.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
        }
        return response.toString(StandardCharsets.ISO_8859_1);
    }

    private static boolean isPingAnswer(String response) {
        int headerEnd = response.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return false;
        }
        String[] statusLine = response.substring(0, response.indexOf("\r\n")).split(" ");
        return statusLine.length >= 2
                && statusLine[0].startsWith("HTTP/1.")
                && "200".equals(statusLine[1])
                && "OK".equals(response.substring(headerEnd + 4).trim());
    }
}
