package com.redress.platform.registry;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one registry call over HTTP, retrying IO errors, 5xx and 429 with exponential back-off and failing over
 * between the configured endpoints.
 */
final class RegistryHttpTransport {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT =
            "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final int TOO_MANY_REQUESTS = 429;
    private static final Logger LOG = LoggerFactory.getLogger(RegistryHttpTransport.class);

    private final HttpClient httpClient;
    private final List<RegistryEndpoint> endpoints;
    private final Duration requestTimeout;
    private final int maxAttempts;
    private final ExponentialBackoff backoff;
    /** Index of the endpoint that answered last; calls start there so that a dead endpoint is skipped. */
    private final AtomicInteger preferredEndpoint = new AtomicInteger();

    RegistryHttpTransport(SchemaRegistryClientConfig config) {
        this.endpoints = RegistryEndpoint.fromConfig(config);
        this.httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .build();
        this.requestTimeout = config.requestTimeout();
        this.maxAttempts = config.retries() + 1;
        this.backoff = new ExponentialBackoff(config.retryBackoff(), config.retryBackoffMax());
    }

    /**
     * Sends the call and returns the first final answer (2xx or 4xx other than 429), or the last answer once the
     * attempts are used up.
     *
     * @param method {@code GET}, {@code POST} or {@code PUT}
     * @param pathAndQuery the path below the base URL, starting with {@code /}, already encoded
     * @param jsonBody the request body, or {@code null} for none
     * @throws SchemaRegistryUnreachableException if the last attempt got no answer at all
     */
    RegistryResponse send(String method, String pathAndQuery, String jsonBody) {
        RegistryResponse lastAnswer = null;
        IOException lastFailure = null;
        for (int attempt = 1; ; attempt++) {
            int endpointIndex = preferredEndpoint.get();
            RegistryEndpoint endpoint = endpoints.get(endpointIndex);
            try {
                HttpResponse<String> response = httpClient.send(
                        request(endpoint, method, pathAndQuery, jsonBody),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                lastAnswer = new RegistryResponse(endpoint, response.statusCode(), response.body());
                lastFailure = null;
                if (!isRetriable(response.statusCode())) {
                    return lastAnswer;
                }
            } catch (IOException e) {
                lastFailure = e;
                lastAnswer = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException("Interrupted while calling the schema registry at " + endpoint, e);
            }
            if (attempt >= maxAttempts) {
                break;
            }
            preferredEndpoint.compareAndSet(endpointIndex, (endpointIndex + 1) % endpoints.size());
            Duration delay = backoff.delayBeforeRetry(attempt);
            LOG.warn("Schema registry call {} {} to {} failed ({}), attempt {} of {}; retrying in {} ms",
                    method, pathAndQuery, endpoint, lastFailure != null ? describe(lastFailure) : lastAnswer.status(),
                    attempt, maxAttempts, delay.toMillis());
            pause(delay);
        }
        if (lastFailure != null) {
            throw new SchemaRegistryUnreachableException("schema registry at " + describeEndpoints()
                    + " unreachable after " + maxAttempts + (maxAttempts == 1 ? " attempt: " : " attempts: ")
                    + describe(lastFailure), lastFailure);
        }
        return lastAnswer;
    }

    String describeEndpoints() {
        return endpoints.stream().map(RegistryEndpoint::toString).collect(Collectors.joining(", "));
    }

    int maxAttempts() {
        return maxAttempts;
    }

    private HttpRequest request(RegistryEndpoint endpoint, String method, String pathAndQuery, String jsonBody) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint.resolve(pathAndQuery))
                .timeout(requestTimeout)
                .header("Accept", ACCEPT)
                .method(method, jsonBody == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (jsonBody != null) {
            builder.header("Content-Type", CONTENT_TYPE);
        }
        endpoint.authorization().ifPresent(value -> builder.header("Authorization", value));
        return builder.build();
    }

    private static boolean isRetriable(int status) {
        return status >= 500 || status == TOO_MANY_REQUESTS;
    }

    private String describe(IOException failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "connect timed out";
        }
        if (failure instanceof HttpTimeoutException) {
            return "no answer within " + requestTimeout.toMillis() + " ms";
        }
        if (failure instanceof ConnectException) {
            // The JDK client reports a refused connection as a ConnectException without a message.
            return failure.getMessage() == null ? "connection refused" : failure.getMessage();
        }
        return failure.getMessage() == null
                ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException("Interrupted while waiting to retry a schema registry call", e);
        }
    }
}
