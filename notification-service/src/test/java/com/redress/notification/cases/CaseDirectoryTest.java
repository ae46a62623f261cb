package com.redress.notification.cases;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.redress.events.grading.Category;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.grading.GradingReason;
import com.redress.notification.support.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-case view keeps the latest tier whatever order registration and grade are read in. */
class CaseDirectoryTest {

    private final CaseDirectory cases = new CaseDirectory();

    @Test
    void shouldRememberTheTierOfAGradeReadBeforeItsRegistration() {
        cases.grade(graded("case-1", 1));

        cases.register(TestEvents.registered("case-1", "en", null, List.of()));

        assertThat(cases.find("case-1")).get().extracting(CaseView::tier).isEqualTo(1);
    }

    @Test
    void shouldKeepTheTierWhenTheRegistrationIsReadAgain() {
        cases.register(TestEvents.registered("case-1", "en", null, List.of()));
        cases.grade(graded("case-1", 2));

        cases.register(TestEvents.registered("case-1", "en", null, List.of()));

        assertThat(cases.find("case-1")).get().extracting(CaseView::tier).isEqualTo(2);
    }

    private static ComplaintGraded graded(String caseId, int tier) {
        // the constructor, not the builder: the builder copies the enum-array default, which Avro's class guard refuses
        return new ComplaintGraded(UUID.randomUUID(), caseId, TestEvents.RECEIVED_AT, "grading-service", "CMP-1",
                Category.FEES_CHARGES, List.of(), tier, 1, null, GradingReason.INITIAL, null, null, List.of(),
                "2025.03.1");
    }
}
