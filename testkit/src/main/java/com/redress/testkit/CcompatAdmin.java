package com.redress.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Talks to the administrative part of a registry's Confluent-compatible REST API: liveness and global config. */
final class CcompatAdmin {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private final String baseUrl;
    private final HttpClient http;

    CcompatAdmin(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(REQUEST_TIMEOUT)
                .build();
    }

    /** Whether {@code GET /subjects} answers 200, i.e. the API and its storage are up. */
    boolean isAnswering() throws InterruptedException {
        try {
            HttpResponse<Void> response = http.send(request("/subjects").GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    /** Sets the registry-wide default compatibility level, e.g. {@code BACKWARD}. */
    void setGlobalCompatibility(String level) throws IOException, InterruptedException {
        String body = "{\"compatibility\":\"" + level + "\"}";
        HttpResponse<String> response = http.send(
                request("/config").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Registry refused compatibility " + level + ": HTTP "
                    + response.statusCode() + " " + response.body());
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", CONTENT_TYPE)
                .header("Content-Type", CONTENT_TYPE);
    }
}
