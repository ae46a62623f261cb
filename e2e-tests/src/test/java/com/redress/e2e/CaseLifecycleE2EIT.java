package com.redress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.redress.testkit.suite.ServiceDefinition;

import tools.jackson.databind.JsonNode;

/**
 * One complaint's life through all four services: registered, graded, its clocks started and the customer acknowledged;
 * resolved and closed, the result and the survey mailed; the survey answered and counted in the metrics.
 */
@WithRunningSuite
class CaseLifecycleE2EIT {

    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(90);
    private static final String CUSTOMER = "e2e.lifecycle@example.com";
    private static final Pattern CSAT_FIVES =
            Pattern.compile("(?m)^redress_survey_answers_total\\{[^}]*question=\"csat\"[^}]*score=\"5\"[^}]*} ([0-9.]+)");

    @Test
    void shouldAcknowledgeResolveSurveyAndCountTheAnswer(RunningSuite suite) {
        // Given a complaint posted by the web banking channel
        HttpResponse<String> submitted = suite.postComplaint(Complaints.rest("web banking", CUSTOMER, "en",
                "My transfer to my landlord was delayed by three days and I was charged a late fee.").toString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        JsonNode registered = Complaints.json(submitted.body());
        String caseId = registered.path("caseId").asString();
        String caseNumber = registered.path("caseNumber").asString();

        // Then intake's view shows it graded, its clocks running and the customer acknowledged
        await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode status = Complaints.json(suite.caseStatus(caseId).body());
            assertThat(status.path("caseNumber").asString()).isEqualTo(caseNumber);
            assertThat(status.path("grade").path("tier").asInt()).isBetween(1, 4);
            assertThat(status.path("sla").path("clock").asString()).isNotEmpty();
            // the sandbox pack counts seconds, which no holiday moves: the flag has come through, and is false
            assertThat(status.path("sla").path("deadlineProvisional").isBoolean()).isTrue();
            assertThat(status.path("sla").path("deadlineProvisional").asBoolean()).isFalse();
            assertThat(status.path("lastNotification").path("status").asString()).isEqualTo("SENT");
        });
        // And exactly one acknowledgement, naming the case, is in the customer's mailbox
        await().atMost(FLOW_TIMEOUT).untilAsserted(() -> assertThat(suite.mailsTo(CUSTOMER)).hasSize(1));
        assertThat(RunningSuite.text(suite.mailsTo(CUSTOMER).get(0))).contains(caseNumber);

        // When the case handler resolves and closes the case
        assertThat(suite.postUpdate(caseId, """
                {"updateType": "RESOLVED", "actor": "E10023871", "note": "Fee refunded, transfer delay explained",
                 "resolution": {"outcome": "UPHELD", "remedy": "The late fee is refunded",
                                "responsibleParty": "the bank", "nextSteps": "You may refer the complaint to the ombudsman",
                                "regulatorRecourseNotified": true}}
                """).statusCode()).isEqualTo(202);
        assertThat(suite.postUpdate(caseId, """
                {"updateType": "CLOSED", "actor": "E10023871"}
                """).statusCode()).isEqualTo(202);

        // Then the result and a survey invitation follow
        await().atMost(FLOW_TIMEOUT).untilAsserted(() ->
                assertThat(RunningSuite.surveyToken(suite.mailsTo(CUSTOMER))).isPresent());
        assertThat(suite.mailsTo(CUSTOMER)).hasSize(3);
        assertThat(RunningSuite.text(suite.mailsTo(CUSTOMER).get(1))).contains(caseNumber)
                .contains("The late fee is refunded");

        // And when the customer answers it, the answer is taken once and shows in the survey metrics
        double fivesBefore = csatFives(suite);
        String token = RunningSuite.surveyToken(suite.mailsTo(CUSTOMER)).orElseThrow();
        HttpResponse<String> answer = suite.answerSurvey(token, "{\"csat\": 5, \"nps\": 9, \"comment\": \"Quick\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        assertThat(suite.answerSurvey(token, "{\"csat\": 1, \"nps\": 0}").statusCode()).isEqualTo(409);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(csatFives(suite)).isEqualTo(fivesBefore + 1));
    }

    private static double csatFives(RunningSuite suite) {
        Matcher line = CSAT_FIVES.matcher(suite.metrics(ServiceDefinition.NOTIFICATION));
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
