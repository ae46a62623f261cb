package com.redress.grading.message;

import com.redress.grading.grade.IncidentMembership;

/** A case counted in a surge incident after it was graded, so it is raised to tier 1. */
public record IncidentRaise(String caseId, IncidentMembership incident) implements GradingMessage {
}
