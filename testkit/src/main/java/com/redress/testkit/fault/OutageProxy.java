package com.redress.testkit.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP forwarder on loopback between clients and a server, which can make the server unavailable and available again
 * without touching it: while {@linkplain #refuse() refusing} it drops open connections and answers new ones with an
 * optional refusal line (an SMTP {@code 421}, say) before closing them. Services are pointed at {@link #port()}
 * instead of the server's own port.
 */
public final class OutageProxy implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutageProxy.class);
    private static final int BUFFER = 16 * 1024;

    private final String name;
    private final InetSocketAddress target;
    private final byte[] refusal;
    private final ServerSocket listener;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "outage-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean refusing = new AtomicBoolean();
    private final AtomicLong refusedConnections = new AtomicLong();
    private final AtomicLong forwardedConnections = new AtomicLong();

    private OutageProxy(String name, InetSocketAddress target, byte[] refusal) throws IOException {
        this.name = name;
        this.target = target;
        this.refusal = refusal.clone();
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    /** A proxy on a free loopback port to {@code targetPort} on loopback that closes refused connections silently. */
    public static OutageProxy to(String name, int targetPort) {
        return to(name, targetPort, new byte[0]);
    }

    /** As {@link #to(String, int)}, writing {@code refusal} to each connection it refuses before closing it. */
    public static OutageProxy to(String name, int targetPort, byte[] refusal) {
        try {
            return new OutageProxy(name, new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), refusal);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open a proxy port for " + name, e);
        }
    }

    /** The port clients connect to. */
    public int port() {
        return listener.getLocalPort();
    }

    /** Makes the server unavailable: open connections are dropped and new ones refused until {@link #restore()}. */
    public void refuse() {
        refusing.set(true);
        open.forEach(OutageProxy::closeQuietly);
        log.info("{} is unavailable (proxy port {} refuses connections)", name, port());
    }

    /** Makes the server available again. */
    public void restore() {
        refusing.set(false);
        log.info("{} is available again ({} connections refused meanwhile)", name, refusedConnections.get());
    }

    /** How many connections were refused since the proxy started. */
    public long refusedConnections() {
        return refusedConnections.get();
    }

    /** How many connections were forwarded to the server since the proxy started. */
    public long forwardedConnections() {
        return forwardedConnections.get();
    }

    @Override
    public void close() {
        closeQuietly(listener);
        open.forEach(OutageProxy::closeQuietly);
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (refusing.get()) {
                    refusedConnections.incrementAndGet();
                    threads.execute(() -> refuse(client));
                } else {
                    forwardedConnections.incrementAndGet();
                    threads.execute(() -> forward(client));
                }
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    log.warn("{} proxy stopped accepting: {}", name, e.toString());
                }
                return;
            }
        }
    }

    private void refuse(Socket client) {
        try (client; OutputStream out = client.getOutputStream()) {
            out.write(refusal);
            out.flush();
        } catch (IOException e) {
            // the client went away first
        }
    }

    private void forward(Socket client) {
        Socket server = new Socket();
        try {
            server.connect(target, 5_000);
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(server);
            return;
        }
        open.add(client);
        open.add(server);
        threads.execute(() -> pump(server, client));
        pump(client, server);
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (SocketException e) {
            // closed by the other side or by refuse()
        } catch (IOException e) {
            log.debug("{} proxy connection ended: {}", name, e.toString());
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
