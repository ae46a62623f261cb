package com.redress.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says which loopback port a local server should listen on: any free one, a preferred one with a
 * fallback, or exactly one.
 */
public final class PortRequest {

    private static final Logger log = LoggerFactory.getLogger(PortRequest.class);

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private enum Kind { ANY_FREE, PREFERRED, EXACT }

    private final Kind kind;
    private final int port;

    private PortRequest(Kind kind, int port) {
        this.kind = kind;
        this.port = port;
    }

    /** Any port that is free on 127.0.0.1 when the server starts. */
    public static PortRequest anyFree() {
        return new PortRequest(Kind.ANY_FREE, 0);
    }

    /** The given port if it is free, otherwise any free port (logged as a warning). */
    public static PortRequest preferred(int port) {
        return new PortRequest(Kind.PREFERRED, requireValid(port));
    }

    /** The given port or nothing: starting fails with {@link PortUnavailableException} if it is taken. */
    public static PortRequest exactly(int port) {
        return new PortRequest(Kind.EXACT, requireValid(port));
    }

    /**
     * Picks the port to bind now.
     *
     * @param serverName what will listen there, for log and error messages
     * @throws PortUnavailableException if an exact port is taken
     */
    public int resolve(String serverName) {
        return switch (kind) {
            case ANY_FREE -> freePort();
            case EXACT -> {
                if (!isFree(port)) {
                    throw new PortUnavailableException(serverName, port);
                }
                yield port;
            }
            case PREFERRED -> {
                if (isFree(port)) {
                    yield port;
                }
                int fallback = freePort();
                log.warn("Port {} on 127.0.0.1 is taken; {} listens on port {} instead", port, serverName, fallback);
                yield fallback;
            }
        };
    }

    /**
     * Whether a server that lost a race for its port may retry on another one. Only exact requests
     * must not move; a preferred port that was free a moment ago and is taken now falls back like
     * any other.
     */
    boolean allowsAnotherPort() {
        return kind != Kind.EXACT;
    }

    /** The request to use for a retry after the chosen port turned out to be taken. */
    PortRequest forRetry() {
        return allowsAnotherPort() ? anyFree() : this;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on the loopback interface", e);
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(LOOPBACK, port), 1);
            return true;
        } catch (BindException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot probe port " + port + " on the loopback interface", e);
        }
    }

    private static int requireValid(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Port must be between 1 and 65535 but was " + port);
        }
        return port;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ANY_FREE -> "any free port";
            case PREFERRED -> "port " + port + " (or any free port)";
            case EXACT -> "port " + port;
        };
    }
}
