package com.redress.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.redress.contract.Topics;
import com.redress.notification.support.NotificationServiceIntegrationTest;
import com.redress.platform.registry.SchemaRegistryClient;
import com.redress.platform.registry.SchemaRegistryClients;
import com.redress.testkit.LocalKafkaStack;

import static org.assertj.core.api.Assertions.assertThat;

/** The service joins the broker: declares its topics, registers its schemas, reports Kafka health, exposes metrics. */
@NotificationServiceIntegrationTest
class NotificationServiceStartupIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldDeclareItsTopicsAndTheDeadLetterTopicsOfWhatItReads(LocalKafkaStack stack) throws Exception {
        try (Admin admin = Admin.create(stack.clientProperties())) {
            Set<String> topics = admin.listTopics().names().get();

            assertThat(topics).contains(Topics.NOTIFICATIONS_REQUESTED, Topics.NOTIFICATIONS_OUTCOMES,
                    Topics.SURVEYS_RESPONSES, Topics.NOTIFICATIONS_REQUESTED_DLT, Topics.NOTIFICATIONS_OUTCOMES_DLT,
                    Topics.SURVEYS_RESPONSES_DLT, Topics.deadLetterOf(Topics.COMPLAINTS_REGISTERED), Topics.deadLetterOf(Topics.COMPLAINTS_UPDATES),
                    Topics.deadLetterOf(Topics.COMPLAINTS_GRADED), Topics.deadLetterOf(Topics.SLA_EVENTS));
            assertThat(admin.describeTopics(Set.of(Topics.NOTIFICATIONS_OUTCOMES)).allTopicNames().get()
                    .get(Topics.NOTIFICATIONS_OUTCOMES).partitions()).hasSize(Topics.DEFAULT_PARTITIONS);
        }
    }

    @Test
    void shouldRegisterTheSchemasOfTheTopicsItWrites(LocalKafkaStack stack) {
        SchemaRegistryClient registry = SchemaRegistryClients.fromConfig(
                java.util.Map.of("schema.registry.url", stack.schemaRegistryUrl()));

        assertThat(registry.latest(Topics.NOTIFICATIONS_OUTCOMES + "-value").schema().getFullName())
                .isEqualTo("com.redress.events.notification.NotificationOutcome");
        assertThat(registry.latest(Topics.NOTIFICATIONS_REQUESTED + "-value").schema().getFullName())
                .isEqualTo("com.redress.events.notification.NotificationRequested");
        assertThat(registry.latest(Topics.SURVEYS_RESPONSES + "-value").schema().getFullName())
                .isEqualTo("com.redress.events.survey.SurveyResponse");
    }

    @Test
    void shouldReportKafkaInItsHealth() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"kafka\":{\"status\":\"UP\"}").endsWith("\"status\":\"UP\"}");
    }

    @Test
    void shouldExposePrometheusMetricsTaggedWithTheService() throws Exception {
        HttpResponse<String> metrics = get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("service=\"notification-service\"")
                .contains("redress_notification_smtp_connections{", "state=\"idle\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
