package com.redress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.redress.events.grading.ComplaintGraded;

import tools.jackson.databind.node.ObjectNode;

/** The same customer complaining of the same thing again is graded a tier-4 repeat, linked to the first case. */
@WithRunningSuite
class RepeatComplaintE2EIT {

    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(90);

    @Test
    void shouldGradeTheSecondComplaintOfACustomerAboutTheSameThingAsARepeatOfTheFirst(RunningSuite suite) {
        // Given a customer's complaint about a branch employee's rudeness, graded
        ObjectNode first = Complaints.rest("branch counter", "e2e.repeat@example.com", "en",
                "The teller at the Nanjing Road branch was rude to me and refused to explain the form.");
        String customer = first.path("customerReference").asString();
        String firstCaseId = caseIdOf(suite.postComplaint(first.toString()));
        await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(graded(suite, firstCaseId)).isNotEmpty());

        // When the same customer complains about the same kind of thing again, by phone this time
        ObjectNode second = Complaints.rest("hotline", "e2e.repeat@example.com", "en",
                "Again the staff at the branch were rude and unhelpful when I asked about my account.");
        second.put("customerReference", customer);
        String secondCaseId = caseIdOf(suite.postComplaint(second.toString()));

        // Then the second case is a tier-4 repeat that links to the first
        await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(graded(suite, secondCaseId)).first().satisfies(grade -> {
                    assertThat(grade.getPrimaryCategory()).isEqualTo(graded(suite, firstCaseId).get(0)
                            .getPrimaryCategory());
                    assertThat(grade.getTier()).isEqualTo(4);
                    assertThat(grade.getRepeatLink()).isNotNull();
                    assertThat(grade.getRepeatLink().getEarlierCaseIds()).contains(firstCaseId);
                }));
    }

    private static String caseIdOf(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return Complaints.json(answer.body()).path("caseId").asString();
    }

    private static List<ComplaintGraded> graded(RunningSuite suite, String caseId) {
        return suite.events("complaints.graded").stream().map(ComplaintGraded.class::cast)
                .filter(event -> event.getCaseId().equals(caseId)).toList();
    }
}
