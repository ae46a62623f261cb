package com.redress.grading.message;

import com.redress.grading.category.Classification;
import com.redress.grading.grade.CaseFacts;
import com.redress.grading.grade.IncidentMembership;
import com.redress.grading.grade.RepeatFinding;

/**
 * A newly registered case on its way to its first grade, collecting the repeat finding (keyed by customer) and the
 * surge incident (keyed by category) before it is graded (keyed by case).
 *
 * @param repeat   the earlier cases it repeats, or {@code null}
 * @param incident the surge incident it belongs to, or {@code null}
 */
public record NewCase(CaseFacts facts, Classification classification, RepeatFinding repeat,
        IncidentMembership incident) implements GradingMessage {

    @Override
    public String caseId() {
        return facts.caseId();
    }

    public NewCase withRepeat(RepeatFinding finding) {
        return new NewCase(facts, classification, finding, incident);
    }

    public NewCase withIncident(IncidentMembership membership) {
        return new NewCase(facts, classification, repeat, membership);
    }
}
