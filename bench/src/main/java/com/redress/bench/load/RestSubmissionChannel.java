package com.redress.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.json.JsonMapper;

/**
 * The REST door over loopback: {@code POST /api/v1/complaints} with a channel system's key, at most
 * {@code maxInFlight} requests open at once (a channel system's connection pool); a full pool makes the sender wait,
 * which shows as a lower achieved rate.
 */
public final class RestSubmissionChannel implements SubmissionChannel {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI endpoint;
    private final String apiKey;
    private final ComplaintFactory factory;
    private final int maxInFlight;
    private final Semaphore inFlight;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicLong failures = new AtomicLong();

    public RestSubmissionChannel(URI intake, String apiKey, ComplaintFactory factory, int maxInFlight) {
        this.endpoint = intake.resolve("/api/v1/complaints");
        this.apiKey = apiKey;
        this.factory = factory;
        this.maxInFlight = maxInFlight;
        this.inFlight = new Semaphore(maxInFlight);
    }

    @Override
    public void submit(BenchComplaint complaint) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Api-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(factory.restBody(complaint))))
                .build();
        inFlight.acquireUninterruptibly();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, exception) -> {
            inFlight.release();
            if (exception != null || response.statusCode() != 201) {
                failures.incrementAndGet();
            }
        });
    }

    @Override
    public void flush() {
        try {
            if (inFlight.tryAcquire(maxInFlight, REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                inFlight.release(maxInFlight);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public long failures() {
        return failures.get();
    }

    @Override
    public String name() {
        return "rest";
    }

    @Override
    public void close() {
        flush();
    }
}
