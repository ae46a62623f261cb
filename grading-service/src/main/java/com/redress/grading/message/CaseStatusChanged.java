package com.redress.grading.message;

/**
 * A case of a customer was closed or reopened, so repeat detection knows whether a new complaint can be merged into
 * it.
 */
public record CaseStatusChanged(String caseId, String customerId, boolean open) implements GradingMessage {
}
