package com.redress.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutageProxyTest {

    private ServerSocket echoServer;

    @BeforeEach
    void startEchoServer() throws IOException {
        echoServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread echoThread = new Thread(() -> {
            while (!echoServer.isClosed()) {
                try (Socket socket = echoServer.accept()) {
                    Thread session = new Thread(() -> echo(socket));
                    session.setDaemon(true);
                    session.start();
                    session.join();
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        });
        echoThread.setDaemon(true);
        echoThread.start();
    }

    @AfterEach
    void stopEchoServer() throws IOException {
        echoServer.close();
    }

    @Test
    void shouldForwardThenRefuseWithTheRefusalLineThenForwardAgain() throws IOException {
        try (OutageProxy proxy = OutageProxy.to("echo", echoServer.getLocalPort(),
                "421 unavailable\r\n".getBytes(StandardCharsets.US_ASCII))) {
            // Given a connection through the proxy that works
            assertThat(exchange(proxy, "hello")).isEqualTo("echo hello");

            // When the server is made unavailable
            proxy.refuse();

            // Then new connections get the refusal line and nothing else, and are counted
            assertThat(exchange(proxy, "hello")).isEqualTo("421 unavailable");
            assertThat(proxy.refusedConnections()).isEqualTo(1);
            assertThat(proxy.forwardedConnections()).isEqualTo(1);

            // And when it is restored, connections work again
            proxy.restore();
            assertThat(exchange(proxy, "again")).isEqualTo("echo again");
            assertThat(proxy.forwardedConnections()).isEqualTo(2);
        }
    }

    @Test
    void shouldDropOpenConnectionsWhenRefusing() throws IOException {
        try (OutageProxy proxy = OutageProxy.to("echo", echoServer.getLocalPort());
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
             BufferedReader in = reader(socket);
             PrintWriter out = writer(socket)) {
            // Given an open connection
            out.println("first");
            assertThat(in.readLine()).isEqualTo("echo first");

            // When the server is made unavailable
            proxy.refuse();

            // Then the connection ends
            out.println("second");
            assertThat(readOrEnd(in)).isNull();
        }
    }

    private static void echo(Socket socket) {
        try (BufferedReader in = reader(socket); PrintWriter out = writer(socket)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println("echo " + line);
            }
        } catch (IOException e) {
            // connection ended
        }
    }

    private static String exchange(OutageProxy proxy, String line) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
             BufferedReader in = reader(socket);
             PrintWriter out = writer(socket)) {
            out.println(line);
            return in.readLine();
        }
    }

    private static String readOrEnd(BufferedReader in) {
        try {
            return in.readLine();
        } catch (IOException reset) {
            return null;
        }
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    private static PrintWriter writer(Socket socket) throws IOException {
        return new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
    }
}
