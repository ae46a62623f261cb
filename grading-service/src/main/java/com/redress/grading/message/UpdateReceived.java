package com.redress.grading.message;

import com.redress.grading.grade.UpdateFacts;

/** A case update that may re-grade the case. */
public record UpdateReceived(String caseId, UpdateFacts update) implements GradingMessage {
}
