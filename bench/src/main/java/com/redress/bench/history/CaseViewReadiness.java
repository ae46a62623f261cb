package com.redress.bench.history;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.redress.bench.load.BenchComplaint;
import com.redress.bench.load.ComplaintFactory;
import com.redress.testkit.suite.ServiceProcess;

/**
 * The case view is ready when {@code GET /api/v1/complaints/{caseId}} of this instance answers 200 with a grade both
 * for a complaint submitted to it after its start ({@code POST /api/v1/complaints}, retried until the instance takes
 * it) and for a case of the history. Reads with the complaints desk's key, which may read any case.
 */
public final class CaseViewReadiness implements ReadinessProbe {

    /** The sandbox profile's demonstration keys (public, worthless outside the sandbox). */
    static final String CHANNEL_KEY = "sandbox-channel-simulator-key";
    static final String DESK_KEY = "sandbox-complaints-desk-key";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private final String historyCaseId;
    private final ComplaintFactory complaints = new ComplaintFactory();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> freshCaseByInstance = new ConcurrentHashMap<>();
    private final AtomicLong submissions = new AtomicLong();

    /** @param historyCaseId a case of the history, graded there */
    public CaseViewReadiness(String historyCaseId) {
        this.historyCaseId = historyCaseId;
    }

    @Override
    public void started(ServiceProcess instance) {
        freshCaseByInstance.remove(instance.name());
    }

    @Override
    public boolean isReady(ServiceProcess instance) {
        String freshCaseId = freshCaseByInstance.get(instance.name());
        if (freshCaseId == null) {
            freshCaseId = submit(instance.baseUri());
            if (freshCaseId == null) {
                return false;
            }
            freshCaseByInstance.put(instance.name(), freshCaseId);
        }
        return isGraded(instance.baseUri(), freshCaseId) && isGraded(instance.baseUri(), historyCaseId);
    }

    private String submit(URI base) {
        BenchComplaint complaint = BenchComplaint.of("HISTORY",
                submissions.incrementAndGet(), Instant.now());
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/complaints"))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("X-Api-Key", CHANNEL_KEY)
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                            complaints.restBody(complaint))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && response.statusCode() != 200) {
                return null;
            }
            return json.readTree(response.body()).path("caseId").asText(null);
        } catch (IOException | JacksonException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private boolean isGraded(URI base, String caseId) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    base.resolve("/api/v1/complaints/" + caseId))
                    .timeout(REQUEST_TIMEOUT)
                    .header("X-Api-Key", DESK_KEY)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && hasGrade(json.readTree(response.body()));
        } catch (IOException | JacksonException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean hasGrade(JsonNode status) {
        return status.path("grade").isObject() && status.path("grade").has("tier");
    }
}
