package com.redress.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One complaint through all four services running as separate processes on a real broker and registry: registered by
 * intake, graded, its clocks started, the customer acknowledged by e-mail; resolved and closed, the result and the
 * survey mailed; the survey answered.
 */
class EndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(90);
    private static final String CUSTOMER = "e2e.customer@example.com";

    private static Sandbox sandbox;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheSuite() throws Exception {
        sandbox = Sandbox.start(new SandboxOptions(SandboxOptions.findRepositoryRoot(Path.of("")), false, null));
    }

    @AfterAll
    static void stopTheSuite() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void shouldCarryAComplaintFromIntakeThroughGradingAndDeadlinesToTheCustomersMailbox() throws Exception {
        // Given a data-leak complaint posted by the e-mail channel system
        HttpResponse<String> submitted = post(intake("/api/v1/complaints"), """
                {"channel": "email", "channelMessageId": "e2e-data-leak-1", "zone": "Asia/Singapore",
                 "customerReference": "CUST-E2E-0001", "email": "%s", "language": "en", "segment": "HNW",
                 "product": "wealth management",
                 "text": "I received an email with a portfolio statement of another client, including his account number. This is a serious data leak."}
                """.formatted(CUSTOMER));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        JsonNode registered = JSON.readTree(submitted.body());
        String caseId = registered.path("caseId").asString();
        String caseNumber = registered.path("caseNumber").asString();

        // Then intake's view of the case shows it graded, its clocks running and the customer acknowledged
        await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode status = JSON.readTree(get(intake("/api/v1/complaints/" + caseId)).body());
            assertThat(status.path("caseNumber").asString()).isEqualTo(caseNumber);
            assertThat(status.path("grade").path("tier").asInt()).isBetween(1, 4);
            assertThat(status.path("sla").path("clock").asString()).isNotEmpty();
            assertThat(status.path("lastNotification").path("status").asString()).isEqualTo("SENT");
        });
        // And exactly one acknowledgement, naming the case, reached the customer's mailbox
        await().atMost(FLOW_TIMEOUT).untilAsserted(() -> assertThat(mailsTo(CUSTOMER)).hasSize(1));
        assertThat(bodyOf(mailsTo(CUSTOMER).get(0))).contains(caseNumber);

        // When the case handler resolves and closes the case
        assertThat(post(intake("/api/v1/complaints/" + caseId + "/updates"), """
                {"updateType": "RESOLVED", "actor": "E10023871", "note": "Statement recalled, access reviewed",
                 "resolution": {"outcome": "UPHELD", "remedy": "Apology and a review of statement delivery",
                                "responsibleParty": "the bank", "nextSteps": "You may refer the complaint to the ombudsman",
                                "regulatorRecourseNotified": true}}
                """).statusCode()).isEqualTo(202);
        assertThat(post(intake("/api/v1/complaints/" + caseId + "/updates"), """
                {"updateType": "CLOSED", "actor": "E10023871"}
                """).statusCode()).isEqualTo(202);

        // Then the result and a survey invitation follow, and the customer's answer is taken
        await().atMost(FLOW_TIMEOUT).untilAsserted(() -> assertThat(surveyToken()).isPresent());
        assertThat(mailsTo(CUSTOMER)).hasSizeGreaterThanOrEqualTo(3);
        HttpResponse<String> answer = post(notification("/api/v1/surveys/" + surveyToken().orElseThrow()),
                "{\"csat\": 5, \"nps\": 9, \"comment\": \"Handled quickly\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    }

    private Optional<String> surveyToken() {
        return mailsTo(CUSTOMER).stream().map(CustomerSimulator::surveyToken).flatMap(Optional::stream).findFirst();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return sandbox.mail().messages().stream().filter(message -> isTo(message, address)).toList();
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().contains(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String bodyOf(MimeMessage message) throws Exception {
        return CustomerSimulator.text(message);
    }

    private static URI intake(String path) {
        return service(ServiceDefinition.INTAKE).resolve(path);
    }

    private static URI notification(String path) {
        return service(ServiceDefinition.NOTIFICATION).resolve(path);
    }

    private static URI service(ServiceDefinition definition) {
        return sandbox.services().stream().filter(service -> service.name().equals(definition.module()))
                .findFirst().orElseThrow().baseUri();
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("X-Api-Key", CaseHandlerSimulator.API_KEY)
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI uri, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("X-Api-Key", CaseHandlerSimulator.API_KEY)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
