package com.redress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.redress.events.grading.ComplaintGraded;
import com.redress.events.sla.ClockKind;
import com.redress.events.sla.SlaEvent;
import com.redress.events.sla.SlaEventType;

import tools.jackson.databind.JsonNode;

/**
 * A tier-1 data-leak complaint opens its emergency clock; under the sandbox's compressed policy (10 seconds instead of
 * 15 minutes) nobody acknowledges it in time, so it breaches and the case owner and senior management are mailed.
 */
@WithRunningSuite
class EmergencyBreachE2EIT {

    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(90);

    @Test
    void shouldBreachTheEmergencyClockOfAMajorComplaintAndMailOwnerAndManagement(RunningSuite suite) {
        // Given a complaint that reports a leak of other customers' data
        HttpResponse<String> answer = suite.postComplaint(Complaints.rest("email", "e2e.leak@example.com", "en",
                "I received an e-mail with a portfolio statement of another client, with his account number and "
                        + "address. This is a serious data leak and I will report it to the regulator.").toString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode registered = Complaints.json(answer.body());
        String caseId = registered.path("caseId").asString();
        String caseNumber = registered.path("caseNumber").asString();

        // Then it is graded tier 1 and its emergency clock starts
        await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(graded(suite, caseId)).extracting(ComplaintGraded::getTier).contains(1);
            assertThat(slaEvents(suite, caseId)).anySatisfy(event -> {
                assertThat(event.getClockKind()).isEqualTo(ClockKind.EMERGENCY_RESPONSE);
                assertThat(event.getType()).isEqualTo(SlaEventType.STARTED);
            });
        });
        // And, unanswered, it breaches, once
        await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(slaEvents(suite, caseId)).filteredOn(event -> event.getType() == SlaEventType.BREACHED
                        && event.getClockKind() == ClockKind.EMERGENCY_RESPONSE).hasSize(1));
        // And the case owner and senior management are told, naming the case
        await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(suite.mailsTo(Complaints.OWNER_MAILBOX)).anySatisfy(mail ->
                    assertThat(RunningSuite.text(mail)).contains(caseNumber));
            assertThat(suite.mailsTo(Complaints.SENIOR_MANAGEMENT_MAILBOX)).anySatisfy(mail ->
                    assertThat(RunningSuite.text(mail)).contains(caseNumber));
        });
    }

    private static List<ComplaintGraded> graded(RunningSuite suite, String caseId) {
        return suite.events("complaints.graded").stream().map(ComplaintGraded.class::cast)
                .filter(event -> event.getCaseId().equals(caseId)).toList();
    }

    private static List<SlaEvent> slaEvents(RunningSuite suite, String caseId) {
        return suite.events("sla.events").stream().map(SlaEvent.class::cast)
                .filter(event -> event.getCaseId().equals(caseId)).toList();
    }
}
