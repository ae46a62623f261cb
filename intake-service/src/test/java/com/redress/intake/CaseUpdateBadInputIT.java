package com.redress.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.redress.contract.Topics;
import com.redress.events.common.Money;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.platform.serde.AvroDeserializer;
import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.TopicProbe;
import com.redress.testkit.WithLocalKafkaStack;

/**
 * The values of a case update at intake's door, on the real server against a real broker: every bad value is a 400
 * naming its field and code, none of them reaches complaints.updates, boundary values are written as the contract
 * carries them, and a 404 never repeats the id asked for.
 *
 * <p>Runs in the same Spring context as {@link IntakeIT} (identical configuration).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        IntakeIT.API_KEY_PROPERTY, IntakeIT.SCOPES_PROPERTY, IntakeIT.ACTIVE_KEY_PROPERTY, IntakeIT.CONTACT_KEY_PROPERTY,
        IntakeIT.PSEUDONYM_KEY_PROPERTY, IntakeIT.CASE_ID_KEY_PROPERTY, IntakeIT.ACTIVE_CASE_ID_KEY_PROPERTY,
        IntakeIT.STATE_DIR_PROPERTY,
        "redress.dead-letter.initial-interval=50ms"})
@WithLocalKafkaStack
class CaseUpdateBadInputIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PHONE = "13700246813";
    private static final String REASON = "awaiting the card scheme's chargeback decision";

    /** Each bad update: what it tests, its body, the violations it must be refused with as field:code. */
    private static final List<BadUpdate> BAD_UPDATES = List.of(
            extension("10000"), extension("2147483647"), extension("2147483648"), extension("1.5"),
            extension("0"), extension("-1"),
            newLoss("-5000", "\"CNY\"", "newLoss.amount:invalid_amount"),
            newLoss("5000", "\"XYZ\"", "newLoss.currency:invalid_currency"),
            newLoss("5000", "\"\"", "newLoss.currency:invalid_currency"),
            newLoss("5000", "null", "newLoss.currency:invalid_currency"),
            newLoss("1e20", "\"CNY\"", "newLoss.amount:invalid_amount"),
            newLoss("1e2147483647", "\"CNY\"", "newLoss.amount:invalid_amount"),
            newLoss("\"0.00001\"", "\"CNY\"", "newLoss.amount:invalid_amount"),
            newLoss("0", "\"CNY\"", "newLoss.amount:invalid_amount"),
            new BadUpdate("a refund of -3200", """
                    {"updateType": "RESOLVED", "actor": "E10023871",
                     "resolution": {"outcome": "UPHELD", "amountRefunded": {"amount": -3200, "currency": "CNY"},
                                    "nextSteps": "如不满意可向金融监管总局反映"}}""",
                    List.of("resolution.amountRefunded.amount:invalid_amount")),
            new BadUpdate("a phone number as actor",
                    "{\"updateType\": \"ACKNOWLEDGED\", \"actor\": \"" + PHONE + "\"}",
                    List.of("actor:personal_data_in_identifier")),
            new BadUpdate("an extension approved by a phone number", """
                    {"updateType": "EXTENSION_GRANTED", "actor": "E10023871",
                     "extension": {"requestedWorkingDays": 5, "reason": "%s", "approvedBy": "%s"}}"""
                    .formatted(REASON, PHONE), List.of("extension.approvedBy:personal_data_in_identifier")),
            new BadUpdate("next steps of invisible characters only", """
                    {"updateType": "RESOLVED", "actor": "E10023871",
                     "resolution": {"outcome": "UPHELD", "nextSteps": "\\u200b\\u202e\\u2066\\u2069"}}""",
                    List.of("resolution.nextSteps:missing_next_steps")),
            new BadUpdate("a note of 4,001 characters",
                    "{\"updateType\": \"ACKNOWLEDGED\", \"actor\": \"E10023871\", \"note\": \"" + "n".repeat(4_001)
                            + "\"}", List.of("note:too_long")),
            new BadUpdate("a tier of 2.5", """
                    {"updateType": "TIER_CHANGE_REQUESTED", "actor": "E10023871",
                     "tierChange": {"requestedTier": 2.5, "reason": "more customers affected"}}""",
                    List.of("tierChange.requestedTier:invalid_tier_change")));

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private Map<String, Object> clients;

    @BeforeEach
    void connect(LocalKafkaStack stack) {
        clients = new HashMap<>(stack.clientProperties());
        // the REST door answers 503 until the registered-cases view has loaded
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                post("/api/v1/complaints", complaint("warm-up-updates")).statusCode()).isIn(200, 201));
        // and the case view until its partitions are assigned: then an unknown case is a 404
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                get("/api/v1/complaints/" + UUID.randomUUID()).statusCode()).isEqualTo(404));
    }

    @Test
    void shouldRefuseEveryBadValueOfAnUpdateNamingItsFieldAndWriteNoneOfThem() throws Exception {
        // Given a registered case
        String caseId = registerCase();

        // When a case-handling system sends each bad update, then one good one
        SoftAssertions softly = new SoftAssertions();
        for (BadUpdate bad : BAD_UPDATES) {
            HttpResponse<String> answer = post("/api/v1/complaints/" + caseId + "/updates", bad.body());

            // Then each is a 400 problem naming exactly its violations, and echoing none of its values
            softly.assertThat(answer.statusCode()).as("%s: status (%s)", bad.what(), answer.body()).isEqualTo(400);
            JsonNode problem = json.readTree(answer.body());
            softly.assertThat(problem.path("type").asString()).as(bad.what()).isEqualTo("/problems/invalid-submission");
            softly.assertThat(problem.path("errors").valueStream()
                            .map(error -> error.path("field").asString() + ":" + error.path("code").asString()))
                    .as("%s: violations", bad.what()).containsExactlyInAnyOrderElementsOf(bad.violations());
            softly.assertThat(answer.body()).as(bad.what()).doesNotContain(PHONE, "XYZ", "10000", "2147483647", "nnnnn");
        }
        softly.assertAll();
        UUID marker = UUID.fromString(json.readTree(post("/api/v1/complaints/" + caseId + "/updates",
                "{\"updateType\": \"ACKNOWLEDGED\", \"actor\": \"E10023871\"}").body())
                .path("eventId").asString());

        // and once the good one is on complaints.updates, it is the only update of the case there
        assertThat(updatesOf(caseId, 1)).singleElement().extracting(CaseUpdate::getEventId).isEqualTo(marker);
    }

    @Test
    void shouldWriteValuesAtTheirLimitsAsTheContractCarriesThem() throws Exception {
        String caseId = registerCase();

        HttpResponse<String> longest = post("/api/v1/complaints/" + caseId + "/updates", """
                {"updateType": "EXTENSION_GRANTED", "actor": "E10023871",
                 "extension": {"requestedWorkingDays": 20, "reason": "%s", "approvedBy": "M20001234"}}"""
                .formatted(REASON));
        HttpResponse<String> lowerCase = post("/api/v1/complaints/" + caseId + "/updates", """
                {"updateType": "NEW_LOSS_REPORTED", "actor": "E10023871",
                 "newLoss": {"amount": "5000.5", "currency": "cny"}}""");
        HttpResponse<String> nothingRefunded = post("/api/v1/complaints/" + caseId + "/updates", """
                {"updateType": "RESOLVED", "actor": "E10023871",
                 "resolution": {"outcome": "NOT_UPHELD", "amountRefunded": {"amount": 0, "currency": "CNY"},
                                "nextSteps": "如不满意可向金融监管总局反映"}}""");

        assertThat(List.of(longest, lowerCase, nothingRefunded)).extracting(HttpResponse::statusCode)
                .containsOnly(202);
        List<CaseUpdate> updates = updatesOf(caseId, 3);
        assertThat(updates).extracting(CaseUpdate::getUpdateType).containsExactly(CaseUpdateType.EXTENSION_GRANTED,
                CaseUpdateType.NEW_LOSS_REPORTED, CaseUpdateType.RESOLVED);
        assertThat(updates.get(0).getExtension().getRequestedWorkingDays()).isEqualTo(20);
        assertThat(updates.get(1).getNewLoss()).isEqualTo(new Money(new BigDecimal("5000.5000"), "CNY"));
        assertThat(updates.get(2).getResolution().getAmountRefunded())
                .isEqualTo(new Money(new BigDecimal("0.0000"), "CNY"));
    }

    @Test
    void shouldAnswerAnUnknownCaseWithoutRepeatingTheIdAskedFor() throws Exception {
        List<String> asked = List.of(PHONE, PHONE + "x".repeat(5_000), UUID.randomUUID().toString());

        for (String id : asked) {
            HttpResponse<String> status = get("/api/v1/complaints/" + id);
            HttpResponse<String> update = post("/api/v1/complaints/" + id + "/updates",
                    "{\"updateType\": \"ACKNOWLEDGED\", \"actor\": \"E10023871\"}");

            for (HttpResponse<String> answer : List.of(status, update)) {
                assertThat(answer.statusCode()).isEqualTo(404);
                assertThat(json.readTree(answer.body()).path("type").asString()).isEqualTo("/problems/unknown-case");
                assertThat(answer.body()).doesNotContain(PHONE).doesNotContain(id.substring(0, 8));
            }
        }
        // nor does a malformed body on such a path, nor a path that is no resource at all
        HttpResponse<String> malformed = post("/api/v1/complaints/" + PHONE + "/updates", "{\"updateType\": ");
        HttpResponse<String> nowhere = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"
                + PHONE)).timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(List.of(malformed.body(), nowhere.body())).noneMatch(body -> body.contains(PHONE));
    }

    private String registerCase() throws Exception {
        HttpResponse<String> answer = post("/api/v1/complaints", complaint("upd-" + UUID.randomUUID()));
        assertThat(answer.statusCode()).isEqualTo(201);
        return json.readTree(answer.body()).path("caseId").asString();
    }

    /** The case's updates on complaints.updates, once there are {@code count} of them. */
    private List<CaseUpdate> updatesOf(String caseId, int count) {
        try (TopicProbe<CaseUpdate> reader = TopicProbe.of(clients, new AvroDeserializer<>(),
                Topics.COMPLAINTS_UPDATES)) {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(reader.readToEnd())
                    .filteredOn(record -> record.key().equals(caseId)).hasSizeGreaterThanOrEqualTo(count));
            return reader.readToEnd().stream().filter(record -> record.key().equals(caseId))
                    .map(ConsumerRecord::value).toList();
        }
    }

    private static BadUpdate extension(String days) {
        return new BadUpdate("an extension of " + days + " working days", """
                {"updateType": "EXTENSION_GRANTED", "actor": "E10023871",
                 "extension": {"requestedWorkingDays": %s, "reason": "%s", "approvedBy": "M20001234"}}"""
                .formatted(days, REASON), List.of("extension.requestedWorkingDays:invalid_extension"));
    }

    private static BadUpdate newLoss(String amount, String currency, String violation) {
        return new BadUpdate("a new loss of " + amount + " " + currency, """
                {"updateType": "NEW_LOSS_REPORTED", "actor": "E10023871",
                 "newLoss": {"amount": %s, "currency": %s}}""".formatted(amount, currency), List.of(violation));
    }

    private static String complaint(String messageId) {
        return """
                {"channel": "wechat", "channelMessageId": "%s", "zone": "Asia/Shanghai",
                 "customerReference": "CUST-208817", "text": "信用卡被重复扣年费，客服解释不清"}""".formatted(messageId);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).header("X-Api-Key", IntakeIT.API_KEY).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("X-Api-Key", IntakeIT.API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private record BadUpdate(String what, String body, List<String> violations) {
    }
}
