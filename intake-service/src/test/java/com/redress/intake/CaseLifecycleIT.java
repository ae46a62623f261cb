package com.redress.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.redress.contract.Topics;
import com.redress.events.intake.CaseStage;
import com.redress.events.intake.CaseUpdate;
import com.redress.platform.serde.AvroDeserializer;
import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.TopicProbe;
import com.redress.testkit.WithLocalKafkaStack;

/**
 * The case lifecycle on the real server and broker: an update the case's stage does not allow is a 409 naming the
 * stage and what it allows; a case handler's next update may follow at once; a retried request writes nothing twice;
 * a key reused for another request is a 422; and an instance that never saw the updates knows the stage from the topic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        IntakeIT.API_KEY_PROPERTY, IntakeIT.SCOPES_PROPERTY, IntakeIT.ACTIVE_KEY_PROPERTY,
        IntakeIT.CONTACT_KEY_PROPERTY, IntakeIT.PSEUDONYM_KEY_PROPERTY, IntakeIT.CASE_ID_KEY_PROPERTY,
        IntakeIT.ACTIVE_CASE_ID_KEY_PROPERTY, IntakeIT.STATE_DIR_PROPERTY})
@WithLocalKafkaStack
class CaseLifecycleIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RESOLVED_UPHELD = """
            {"updateType": "RESOLVED", "actor": "E10023871",
             "resolution": {"outcome": "UPHELD", "remedy": "refund of the double charge",
                            "nextSteps": "You may refer the complaint to the regulator."}}
            """;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private Map<String, Object> clients;

    @BeforeEach
    void connect(LocalKafkaStack stack) {
        clients = new HashMap<>(stack.clientProperties());
    }

    @Test
    void shouldHoldACaseToItsLifecycleAndToItsIdempotencyKeys(LocalKafkaStack stack) throws Exception {
        String caseId = registerACase();

        // closing a case never resolved is refused, naming the stage and what it allows
        HttpResponse<String> earlyClose = update(port, caseId, "close-1",
                "{\"updateType\": \"CLOSED\", \"actor\": \"E1\"}");
        assertThat(earlyClose.statusCode()).isEqualTo(409);
        assertThat(earlyClose.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode conflict = JSON.readTree(earlyClose.body());
        assertThat(conflict.path("type").asString()).isEqualTo("/problems/lifecycle-conflict");
        assertThat(conflict.path("stage").asString()).isEqualTo("OPEN");
        assertThat(conflict.path("allowedUpdates").values().stream().map(JsonNode::asString).toList())
                .contains("RESOLVED", "APPRAISAL_STARTED").doesNotContain("CLOSED", "REOPENED");

        // resolving, then closing at once, as a case handler does
        HttpResponse<String> resolved = update(port, caseId, "resolve-1", RESOLVED_UPHELD);
        HttpResponse<String> closed = update(port, caseId, "close-2",
                "{\"updateType\": \"CLOSED\", \"actor\": \"E1\"}");
        assertThat(resolved.statusCode()).isEqualTo(202);
        assertThat(closed.statusCode()).isEqualTo(202);

        // the resolution's retry answers as before, writing nothing; the same key for the opposite decision is a 422
        HttpResponse<String> retry = update(port, caseId, "resolve-1", RESOLVED_UPHELD);
        HttpResponse<String> reused = update(port, caseId, "resolve-1",
                RESOLVED_UPHELD.replace("\"UPHELD\"", "\"NOT_UPHELD\""));
        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(retry.body()).path("eventId").asString())
                .isEqualTo(JSON.readTree(resolved.body()).path("eventId").asString());
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(reused.body()).contains("/problems/idempotency-key-reused").doesNotContain("NOT_UPHELD");

        // and the topic holds exactly the two updates, each with the stage it led to
        try (TopicProbe<CaseUpdate> updates = TopicProbe.of(clients, new AvroDeserializer<>(),
                Topics.COMPLAINTS_UPDATES)) {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(updates.readToEnd().stream()
                    .filter(record -> record.key().equals(caseId)).map(ConsumerRecord::value)
                    .map(CaseUpdate::getStage).toList()).containsExactly(CaseStage.RESOLVED, CaseStage.CLOSED));
        }

        // an instance that never saw these updates knows the case is closed, from the topic alone
        try (ConfigurableApplicationContext other = secondInstance(stack)) {
            int otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(update(otherPort, caseId, null,
                    RESOLVED_UPHELD).statusCode()).isEqualTo(409));
            assertThat(update(otherPort, caseId, null, "{\"updateType\": \"REOPENED\", \"actor\": \"E1\"}")
                    .statusCode()).isEqualTo(202);
        }
    }

    private String registerACase() {
        String complaint = """
                {"channel": "wechat", "channelMessageId": "%s", "zone": "Asia/Shanghai",
                 "text": "同一笔消费被扣了两次款"}
                """.formatted("lifecycle-" + UUID.randomUUID());
        String[] caseId = new String[1];
        // the REST door answers 503 until the registered-cases view has loaded
        await().atMost(PATIENCE).untilAsserted(() -> {
            HttpResponse<String> answer = send(port, "/api/v1/complaints", null, complaint);
            assertThat(answer.statusCode()).isEqualTo(201);
            caseId[0] = JSON.readTree(answer.body()).path("caseId").asString();
        });
        return caseId[0];
    }

    private HttpResponse<String> update(int targetPort, String caseId, String idempotencyKey, String json)
            throws Exception {
        return send(targetPort, "/api/v1/complaints/" + caseId + "/updates", idempotencyKey, json);
    }

    private HttpResponse<String> send(int targetPort, String path, String idempotencyKey, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + targetPort + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("X-Api-Key", IntakeIT.API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ConfigurableApplicationContext secondInstance(LocalKafkaStack stack) {
        return new SpringApplicationBuilder(IntakeApplication.class).run(Stream.of(IntakeIT.API_KEY_PROPERTY,
                        IntakeIT.SCOPES_PROPERTY, IntakeIT.ACTIVE_KEY_PROPERTY, IntakeIT.CONTACT_KEY_PROPERTY,
                        IntakeIT.PSEUDONYM_KEY_PROPERTY, IntakeIT.CASE_ID_KEY_PROPERTY,
                        IntakeIT.ACTIVE_CASE_ID_KEY_PROPERTY, IntakeIT.STATE_DIR_PROPERTY, "server.port=0",
                        LocalKafkaStack.SPRING_BOOTSTRAP_SERVERS + "=" + stack.bootstrapServers(),
                        LocalKafkaStack.SPRING_SCHEMA_REGISTRY_URL + "=" + stack.schemaRegistryUrl())
                .map(property -> "--" + property).toArray(String[]::new));
    }
}
