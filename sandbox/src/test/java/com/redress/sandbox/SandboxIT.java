package com.redress.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.redress.contract.Topics;
import com.redress.testkit.http.ContainerErrors;
import com.redress.testkit.http.RawHttp;
import com.redress.testkit.suite.ServiceProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The run command's promise: everything comes up healthy, demo traffic flows, and Ctrl-C leaves nothing behind. */
class SandboxIT {

    private static final List<String> CLOSED_ACTUATOR_PATHS = List.of("/actuator", "/actuator/env",
            "/actuator/beans", "/actuator/configprops", "/actuator/heapdump", "/actuator/threaddump",
            "/actuator/loggers", "/actuator/mappings", "/actuator/metrics", "/actuator/info");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldStartEveryServiceHealthyCarryDemoTrafficAndStopWithoutStrayProcesses() throws Exception {
        // Given the sandbox on free ports with a fast demo channel
        SandboxOptions options = new SandboxOptions(SandboxOptions.findRepositoryRoot(Path.of("")), false,
                Duration.ofMillis(200));
        List<ProcessHandle> children;
        Sandbox sandbox = Sandbox.start(options);
        try {
            // Then every service is healthy, reaches Kafka and exposes its tagged metrics
            assertThat(sandbox.services()).extracting(ServiceProcess::name).containsExactly("intake-service",
                    "grading-service", "sla-service", "notification-service");
            for (ServiceProcess service : sandbox.services()) {
                HttpResponse<String> health = get(service.baseUri().resolve("/actuator/health"));
                assertThat(health.statusCode()).as(service.name() + " health").isEqualTo(200);
                assertThat(health.body()).as(service.name() + " health").contains("\"kafka\"").contains("\"UP\"");
                HttpResponse<String> metrics = get(service.baseUri().resolve("/actuator/prometheus"));
                assertThat(metrics.statusCode()).isEqualTo(200);
                assertThat(metrics.body()).contains("service=\"" + service.name() + "\"");
                // And no other actuator endpoint answers (no discovery page, no env, heap dump or logger control)
                for (String closed : CLOSED_ACTUATOR_PATHS) {
                    assertThat(get(service.baseUri().resolve(closed)).statusCode())
                            .as(service.name() + " " + closed).isEqualTo(404);
                }
                assertThat(post(service.baseUri().resolve("/actuator/shutdown")).statusCode())
                        .as(service.name() + " shutdown").isIn(404, 405);
                // And its errors are problem+json echoing nothing, the error page's and Tomcat's own included
                RawHttp raw = new RawHttp(service.baseUri().getHost(), service.baseUri().getPort());
                assertThat(ContainerErrors.wrongWith(service.name() + " GET /error", 404,
                        raw.send("GET", "/error?" + ContainerErrors.MARKER))).isEmpty();
                assertThat(ContainerErrors.wrongWith(service.name() + " encoded slash", 400,
                        raw.send("GET", "/actuator%2F" + ContainerErrors.MARKER))).isEmpty();
                assertThat(ContainerErrors.wrongWith(service.name() + " TRACE", 405,
                        raw.send("TRACE", "/actuator/health", "X-Probe: " + ContainerErrors.MARKER))).isEmpty();
            }
            // And each demo API key the sandbox prints is intake's, with the scopes printed beside it
            URI unknownCase = sandbox.services().get(0).baseUri()
                    .resolve("/api/v1/complaints/" + java.util.UUID.randomUUID());
            // (the case view answers 503 with Retry-After until its partitions are first assigned)
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(getWithKey(unknownCase, DemoApiKeys.CHANNEL).statusCode()).isEqualTo(404));
            assertThat(getWithKey(unknownCase, DemoApiKeys.COMPLAINTS_DESK).statusCode()).isEqualTo(404);
            assertThat(getWithKey(unknownCase, DemoApiKeys.CASE_HANDLER).statusCode()).isEqualTo(403);
            // And the desk's key reads sla-service's clocks, which nothing else opens
            URI atRisk = sandbox.services().get(2).baseUri().resolve("/api/clocks/at-risk?horizon=PT1H");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(getWithKey(atRisk, DemoApiKeys.COMPLAINTS_DESK).statusCode()).isEqualTo(200));
            assertThat(get(atRisk).statusCode()).isEqualTo(401);
            assertThat(getWithKey(atRisk, DemoApiKeys.CHANNEL).statusCode()).isEqualTo(403);
            // And the demo channel's complaints reach the broker
            try (LiveSummary summary = new LiveSummary(sandbox.stack().bootstrapServers(), () -> 0)) {
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        summary.recordsPerTopic().get(Topics.COMPLAINTS_SUBMITTED)).isGreaterThanOrEqualTo(5L));
            }
            children = ProcessHandle.current().descendants().toList();
            assertThat(children).as("registry and four services run as child processes").hasSizeGreaterThanOrEqualTo(5);
        } finally {
            // When it is stopped
            sandbox.close();
        }
        // Then no process it started is left
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }

    private HttpResponse<String> post(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getWithKey(URI uri, DemoApiKeys key) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).header("X-Api-Key", key.key())
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
