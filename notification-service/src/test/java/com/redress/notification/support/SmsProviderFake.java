package com.redress.notification.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A local SMS gateway that accepts every message and records the idempotency key of each request. */
public class SmsProviderFake {

    private static final String PATH = "/v1/messages";

    private final List<String> idempotencyKeys = new CopyOnWriteArrayList<>();
    private HttpServer server;

    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(PATH, this::accept);
        server.start();
    }

    public void stop() {
        server.stop(0);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** The idempotency keys of the requests about {@code caseId}, in the order they came. */
    public List<String> requestsFor(String caseId) {
        return idempotencyKeys.stream().filter(key -> key.startsWith(caseId + ":")).toList();
    }

    private void accept(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        idempotencyKeys.add(String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")));
        byte[] answer = ("{\"messageId\":\"gw-" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(202, answer.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(answer);
        }
    }
}
