package com.redress.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.redress.contract.Topics;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.ChannelSubmission;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.intake.SubmittedContact;
import com.redress.platform.serde.AvroDeserializer;
import com.redress.platform.serde.AvroSerializer;
import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.TopicProbe;
import com.redress.testkit.WithLocalKafkaStack;

/** Intake against a real broker and registry: both doors, de-duplication, updates, status and the dead-letter path. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        IntakeIT.API_KEY_PROPERTY, IntakeIT.SCOPES_PROPERTY, IntakeIT.ACTIVE_KEY_PROPERTY, IntakeIT.CONTACT_KEY_PROPERTY,
        IntakeIT.PSEUDONYM_KEY_PROPERTY, IntakeIT.CASE_ID_KEY_PROPERTY, IntakeIT.ACTIVE_CASE_ID_KEY_PROPERTY,
        IntakeIT.STATE_DIR_PROPERTY,
        "redress.dead-letter.initial-interval=50ms"})
@WithLocalKafkaStack
class IntakeIT {

    static final String API_KEY = "wechat-it-key";
    static final String API_KEY_PROPERTY = "redress.intake.api.api-key-sha256.wechat-service-account="
            + IntakeIT.API_KEY_SHA256;
    /** The tests' channel system also posts updates and reads any case, as a deployment's own tools might. */
    static final String SCOPES_PROPERTY = "redress.intake.api.scopes.wechat-service-account=submit,update,read";
    static final String ACTIVE_KEY_PROPERTY = "redress.privacy.active-contact-key-id=contact-it";
    static final String CONTACT_KEY_PROPERTY =
            "redress.privacy.contact-keys.contact-it=Y29udGFjdC1rZXktZm9yLWludGVncmF0aW9uLXRlc3Q=";
    static final String PSEUDONYM_KEY_PROPERTY =
            "redress.intake.privacy.pseudonym-key=cHNldWRvbnltLWtleS1mb3ItaW50ZWdyYXRpb24tdGVzdHM=";
    static final String CASE_ID_KEY_PROPERTY =
            "redress.intake.case-ids.keys.case-ids-it=Y2FzZS1pZC1rZXktZm9yLWludGVncmF0aW9uLXRlc3Rz";
    static final String ACTIVE_CASE_ID_KEY_PROPERTY = "redress.intake.case-ids.active-key-id=case-ids-it";
    static final String STATE_DIR_PROPERTY = "spring.kafka.streams.state-dir=target/intake-it-state/${random.uuid}";
    // sha-256 of API_KEY
    static final String API_KEY_SHA256 = "8a93c82310fb8c3eb8535d43c43dd57b194868c46990f7831f68602c087c86c0";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PHONE = "13900005678";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private Map<String, Object> clients;

    @BeforeEach
    void connect(LocalKafkaStack stack) {
        clients = new HashMap<>(stack.clientProperties());
        awaitRegistrationsAccepted();
    }

    @Test
    void shouldRegisterARestComplaintOnceAndAnswerTheRepeatWithTheSameCase() throws Exception {
        String messageId = "wx-" + UUID.randomUUID();

        // When a channel system posts a complaint, then posts it again
        HttpResponse<String> first = post("/api/v1/complaints", complaint(messageId));
        HttpResponse<String> repeat = post("/api/v1/complaints", complaint(messageId));

        // Then the first creates the case, the repeat gets the same case
        assertThat(first.statusCode()).isEqualTo(201);
        String caseId = jsonField(first.body(), "caseId");
        assertThat(first.headers().firstValue("Location")).contains("/api/v1/complaints/" + caseId);
        assertThat(repeat.statusCode()).isEqualTo(200);
        assertThat(jsonField(repeat.body(), "caseId")).isEqualTo(caseId);

        // and exactly one registration of it is on the topic, with no plaintext personal data
        try (TopicProbe<byte[]> registered = TopicProbe.of(clients, new ByteArrayDeserializer(),
                Topics.COMPLAINTS_REGISTERED)) {
            List<ConsumerRecord<String, byte[]>> ofCase = registered.readToEnd().stream()
                    .filter(record -> record.key().equals(caseId)).toList();
            assertThat(ofCase).hasSize(1);
            assertThat(new String(ofCase.get(0).value(), StandardCharsets.UTF_8))
                    .doesNotContain(PHONE).doesNotContain("CUST-208817");
        }
    }

    @Test
    void shouldGiveTheSameCaseWhicheverInstanceASubmissionReaches(LocalKafkaStack stack) throws Exception {
        // Given a second intake instance beside this one, sharing the broker and the consumer group
        try (ConfigurableApplicationContext secondInstance = new SpringApplicationBuilder(IntakeApplication.class)
                .run(Stream.of(API_KEY_PROPERTY, SCOPES_PROPERTY, ACTIVE_KEY_PROPERTY, CONTACT_KEY_PROPERTY,
                                PSEUDONYM_KEY_PROPERTY, CASE_ID_KEY_PROPERTY, ACTIVE_CASE_ID_KEY_PROPERTY,
                                STATE_DIR_PROPERTY, "server.port=0",
                                LocalKafkaStack.SPRING_BOOTSTRAP_SERVERS + "=" + stack.bootstrapServers(),
                                LocalKafkaStack.SPRING_SCHEMA_REGISTRY_URL + "=" + stack.schemaRegistryUrl())
                        .map(property -> "--" + property).toArray(String[]::new))) {
            int secondPort = ((WebServerApplicationContext) secondInstance).getWebServer().getPort();
            String messageId = "wx-" + UUID.randomUUID();

            // When the channel submits to this instance, then retries against the other
            HttpResponse<String> first = post(port, "/api/v1/complaints", complaint(messageId));
            String caseId = jsonField(first.body(), "caseId");
            String caseNumber = jsonField(first.body(), "caseNumber");

            // Then the other answers with the same case, as a duplicate once it has read the registration
            await().atMost(PATIENCE).untilAsserted(() -> {
                HttpResponse<String> retry = post(secondPort, "/api/v1/complaints", complaint(messageId));
                assertThat(jsonField(retry.body(), "caseId")).isEqualTo(caseId);
                assertThat(jsonField(retry.body(), "caseNumber")).isEqualTo(caseNumber);
                assertThat(retry.statusCode()).isEqualTo(200);
            });
            // and whatever either instance wrote for the case is one event, the same event id every time
            try (TopicProbe<ComplaintRegistered> registered = TopicProbe.of(clients,
                    new AvroDeserializer<>(), Topics.COMPLAINTS_REGISTERED)) {
                assertThat(registered.readToEnd().stream().filter(record -> record.key().equals(caseId))
                        .map(record -> record.value().getEventId()).distinct()).hasSize(1);
            }
        }
    }

    @Test
    void shouldRegisterAKafkaSubmissionOnceEvenWhenTheChannelSendsItTwice() {
        String messageId = "wx-" + UUID.randomUUID();
        ChannelSubmission submission = submission(messageId, "微信", "手机银行转账失败，钱被扣了，联系13900005678");
        String markerId = "marker-" + UUID.randomUUID();

        // When the channel publishes the same submission twice, then another on the same partition
        int partition = publish(submission, null);
        publish(submission, partition);
        publish(submission(markerId, "wechat", "另一条投诉"), partition);

        // Then, once the later one is registered, exactly one registration of the first exists, redacted
        try (TopicProbe<ComplaintRegistered> registered = TopicProbe.of(clients, new AvroDeserializer<>(),
                Topics.COMPLAINTS_REGISTERED)) {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(registered.readToEnd())
                    .anyMatch(record -> record.value().getChannelMessageId().equals(markerId)));
            List<ComplaintRegistered> ofMessage = registered.readToEnd().stream().map(ConsumerRecord::value)
                    .filter(event -> event.getChannelMessageId().equals(messageId)).toList();
            assertThat(ofMessage).hasSize(1);
            assertThat(ofMessage.get(0).getRedactedText()).isEqualTo("手机银行转账失败,钱被扣了,联系[PHONE]");
            assertThat(ofMessage.get(0).getCustomer().getMaskedContact().getPhone()).isEqualTo("139****5678");
        }
    }

    @Test
    void shouldDeadLetterAnInvalidKafkaSubmissionWithTheReasonsInTheHeaders() {
        String messageId = "bad-" + UUID.randomUUID();

        // When a channel publishes a submission with an unknown channel and no text
        publish(submission(messageId, "carrier pigeon", " "), null);

        // Then it lands on the dead-letter topic naming both reasons
        try (TopicProbe<byte[]> deadLetters = TopicProbe.of(clients, new ByteArrayDeserializer(),
                Topics.COMPLAINTS_SUBMITTED_DLT)) {
            ConsumerRecord<String, byte[]> deadLetter = deadLetters.awaitRecord(PATIENCE,
                    record -> record.key() != null && record.key().endsWith(messageId));
            assertThat(header(deadLetter, "redress_rejection-reasons")).isEqualTo("unknown_channel,missing_text");
            assertThat(header(deadLetter, "kafka_dlt-exception-message"))
                    .contains("unknown_channel").contains("missing_text");
            assertThat(header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(Topics.COMPLAINTS_SUBMITTED);
        }
    }

    @Test
    void shouldForwardAnUpdateOfARegisteredCaseShowItInTheStatusAndRefuseAnUnknownCase() throws Exception {
        String caseId = jsonField(post("/api/v1/complaints", complaint("wx-" + UUID.randomUUID())).body(), "caseId");

        HttpResponse<String> update = post("/api/v1/complaints/" + caseId + "/updates", """
                {"updateType": "AWAITING_CUSTOMER", "actor": "E10023871",
                 "note": "已致电13900005678，等待客户提供流水"}
                """);
        HttpResponse<String> unknown = post("/api/v1/complaints/" + UUID.randomUUID() + "/updates",
                "{\"updateType\": \"ACKNOWLEDGED\", \"actor\": \"E10023871\"}");

        assertThat(update.statusCode()).isEqualTo(202);
        assertThat(unknown.statusCode()).isEqualTo(404);
        try (TopicProbe<CaseUpdate> updates = TopicProbe.of(clients, new AvroDeserializer<>(),
                Topics.COMPLAINTS_UPDATES)) {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(updates.readToEnd())
                    .filteredOn(record -> record.key().equals(caseId)).singleElement()
                    .satisfies(record -> {
                        assertThat(record.value().getUpdateType()).isEqualTo(CaseUpdateType.AWAITING_CUSTOMER);
                        assertThat(record.value().getNote()).isEqualTo("已致电[PHONE],等待客户提供流水");
                    }));
        }
        // and the case's status view shows the stage the update put it in
        await().atMost(PATIENCE).untilAsserted(() -> {
            HttpResponse<String> status = get("/api/v1/complaints/" + caseId, API_KEY);
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(jsonField(status.body(), "stage")).isEqualTo("AWAITING_CUSTOMER");
        });
    }

    @Test
    void shouldPublishItsApiDescriptionAndItsMetrics() throws Exception {
        post("/api/v1/complaints", complaint("wx-" + UUID.randomUUID()));

        HttpResponse<String> apiDocs = get("/v3/api-docs");
        HttpResponse<String> swaggerUi = get("/swagger-ui/index.html");
        HttpResponse<String> metrics = get("/actuator/prometheus");

        assertThat(apiDocs.statusCode()).isEqualTo(200);
        assertThat(apiDocs.body()).contains("/api/v1/complaints").contains("/api/v1/complaints/{caseId}/updates");
        assertThat(swaggerUi.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("redress_intake_submissions_received_total{")
                .contains("redress_intake_submissions_registered_total{")
                .contains("redress_intake_registration_latency_seconds_bucket{")
                .contains("channel=\"WECHAT\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String apiKey) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).header("X-Api-Key", apiKey).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitRegistrationsAccepted() {
        // the REST door answers 503 until the registered-cases view has loaded
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                post("/api/v1/complaints", complaint("warm-up-intake-it")).statusCode()).isIn(200, 201));
        // and the case view until its partitions are assigned: then an unknown case is a 404
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                get("/api/v1/complaints/" + UUID.randomUUID(), API_KEY).statusCode()).isEqualTo(404));
    }

    private static String complaint(String messageId) {
        return """
                {"channel": "wechat", "channelMessageId": "%s", "receivedAt": "2026-11-24T09:15:00+08:00",
                 "zone": "Asia/Shanghai", "customerReference": "CUST-208817", "phone": "+86 139 0000 5678",
                 "segment": "mass-affluent", "amount": "¥3,200.00",
                 "text": "手机银行APP从早上九点开始一直登录不了，工资今天到账急着转账交房租"}
                """.formatted(messageId);
    }

    private ChannelSubmission submission(String messageId, String channel, String text) {
        return ChannelSubmission.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now())
                .setSource("wechat-service-account")
                .setChannel(channel)
                .setChannelMessageId(messageId)
                .setReceivedAt(Instant.now().minusSeconds(60))
                .setReceivedZoneId("Asia/Shanghai")
                .setCustomerReference("CUST-508899")
                .setContact(SubmittedContact.newBuilder().setPhone(PHONE).build())
                .setText(text)
                .build();
    }

    /** Publishes as a channel system does, keyed channel:messageId, to {@code partition} if given; returns the partition. */
    private int publish(ChannelSubmission submission, Integer partition) {
        Map<String, Object> config = new HashMap<>(clients);
        config.put("auto.register.schemas", false);
        try (KafkaProducer<String, ChannelSubmission> producer = new KafkaProducer<>(config, new StringSerializer(),
                configured(new AvroSerializer<>(), config))) {
            return producer.send(new ProducerRecord<>(Topics.COMPLAINTS_SUBMITTED, partition,
                    submission.getChannel() + ":" + submission.getChannelMessageId(), submission)).get().partition();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish the test submission", e);
        }
    }

    private static <T> AvroSerializer<T> configured(AvroSerializer<T> serializer, Map<String, Object> config) {
        serializer.configure(config, false);
        return serializer;
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return post(port, path, json);
    }

    private HttpResponse<String> post(int targetPort, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + targetPort + path))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/json")
                        .header("X-Api-Key", API_KEY)
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String jsonField(String json, String field) {
        int start = json.indexOf("\"" + field + "\":\"") + field.length() + 4;
        return json.substring(start, json.indexOf('"', start));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
