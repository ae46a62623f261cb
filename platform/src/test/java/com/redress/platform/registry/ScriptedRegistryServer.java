package com.redress.platform.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fake schema registry on 127.0.0.1 that answers each route with scripted responses, in order, repeating the last
 * one, and records every request. For HTTP-level tests only; behaviour tests use {@link InMemorySchemaRegistryClient}.
 */
public final class ScriptedRegistryServer implements AutoCloseable {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final HttpServer server;
    private final Map<String, Deque<Answer>> answersByRoute = new HashMap<>();
    private final List<RecordedRequest> requests = new ArrayList<>();

    private ScriptedRegistryServer(HttpServer server) {
        this.server = server;
    }

    public static ScriptedRegistryServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ScriptedRegistryServer scripted = new ScriptedRegistryServer(server);
            server.createContext("/", scripted::handle);
            server.start();
            return scripted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds an answer to {@code method} on {@code pathAndQuery} (raw, e.g. {@code /subjects/a-value/versions}). */
    public ScriptedRegistryServer answer(String method, String pathAndQuery, int status, String jsonBody) {
        synchronized (answersByRoute) {
            answersByRoute.computeIfAbsent(method + " " + pathAndQuery, ignored -> new ArrayDeque<>())
                    .addLast(new Answer(status, jsonBody));
        }
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String pathAndQuery = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        synchronized (requests) {
            requests.add(new RecordedRequest(exchange.getRequestMethod(), pathAndQuery, headers, body));
        }
        Answer answer = nextAnswer(exchange.getRequestMethod() + " " + pathAndQuery);
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", CONTENT_TYPE);
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private Answer nextAnswer(String route) {
        synchronized (answersByRoute) {
            Deque<Answer> answers = answersByRoute.get(route);
            if (answers == null) {
                return new Answer(400, "{\"error_code\":40000,\"message\":\"no scripted answer for " + route + "\"}");
            }
            return answers.size() > 1 ? answers.removeFirst() : answers.getFirst();
        }
    }

    private record Answer(int status, String body) {
    }

    /** One request as the fake registry received it; header names are lower-case. */
    public record RecordedRequest(String method, String pathAndQuery, Map<String, String> headers, String body) {
    }
}
