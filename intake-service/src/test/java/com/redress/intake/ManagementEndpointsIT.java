package com.redress.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.WithLocalKafkaStack;

/**
 * Only health and Prometheus answer on the actuator, without an API key; every other endpoint, the discovery page
 * included, is 404, and stays so when a deployment widens the web exposure by mistake.
 *
 * <p>Runs in the same Spring context as {@link IntakeIT} (identical configuration).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        IntakeIT.API_KEY_PROPERTY, IntakeIT.SCOPES_PROPERTY, IntakeIT.ACTIVE_KEY_PROPERTY, IntakeIT.CONTACT_KEY_PROPERTY,
        IntakeIT.PSEUDONYM_KEY_PROPERTY, IntakeIT.CASE_ID_KEY_PROPERTY, IntakeIT.ACTIVE_CASE_ID_KEY_PROPERTY,
        IntakeIT.STATE_DIR_PROPERTY,
        "redress.dead-letter.initial-interval=50ms"})
@WithLocalKafkaStack
class ManagementEndpointsIT {

    private static final List<String> OPEN = List.of("/actuator/health", "/actuator/health/liveness",
            "/actuator/health/readiness", "/actuator/prometheus");
    private static final List<String> CLOSED = List.of("/actuator", "/actuator/env", "/actuator/beans",
            "/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/configprops",
            "/actuator/mappings", "/actuator/metrics", "/actuator/info", "/actuator/conditions",
            "/actuator/scheduledtasks", "/actuator/caches", "/actuator/shutdown", "/actuator/sbom");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldAnswerHealthAndPrometheusWithoutAnApiKeyAndNothingElse() throws Exception {
        // Then health and Prometheus answer to anyone (health once the views have loaded)
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String path : OPEN) {
                assertThat(get(port, path).statusCode()).as(path).isEqualTo(200);
            }
        });
        // and every other endpoint is not there, to reads and to writes
        for (String path : CLOSED) {
            assertThat(get(port, path).statusCode()).as(path).isEqualTo(404);
            assertThat(post(port, path).statusCode()).as("POST " + path).isIn(404, 405);
        }
    }

    @Test
    void shouldKeepTheOtherEndpointsClosedWhenTheExposureIsWidenedByMistake(LocalKafkaStack stack) throws Exception {
        // Given an instance whose deployment exposes every actuator endpoint on the web
        try (ConfigurableApplicationContext widened = new SpringApplicationBuilder(IntakeApplication.class)
                .run(Stream.of(IntakeIT.API_KEY_PROPERTY, IntakeIT.SCOPES_PROPERTY, IntakeIT.ACTIVE_KEY_PROPERTY,
                                IntakeIT.CONTACT_KEY_PROPERTY, IntakeIT.PSEUDONYM_KEY_PROPERTY,
                                IntakeIT.CASE_ID_KEY_PROPERTY, IntakeIT.ACTIVE_CASE_ID_KEY_PROPERTY,
                                IntakeIT.STATE_DIR_PROPERTY, "server.port=0",
                                "management.endpoints.web.exposure.include=*",
                                LocalKafkaStack.SPRING_BOOTSTRAP_SERVERS + "=" + stack.bootstrapServers(),
                                LocalKafkaStack.SPRING_SCHEMA_REGISTRY_URL + "=" + stack.schemaRegistryUrl())
                        .map(property -> "--" + property).toArray(String[]::new))) {
            int widenedPort = ((WebServerApplicationContext) widened).getWebServer().getPort();

            // Then the endpoints stay off: exposure decides what is on the web, access what exists at all
            for (String path : List.of("/actuator/env", "/actuator/heapdump", "/actuator/beans",
                    "/actuator/loggers")) {
                assertThat(get(widenedPort, path).statusCode()).as(path).isEqualTo(404);
            }
            assertThat(get(widenedPort, "/actuator/prometheus").statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<Void> get(int targetPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + targetPort + path))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.discarding());
    }

    private HttpResponse<Void> post(int targetPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + targetPort + path))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.discarding());
    }
}
