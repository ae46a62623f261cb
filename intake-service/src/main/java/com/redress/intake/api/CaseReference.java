package com.redress.intake.api;

/**
 * The answer to a submission.
 *
 * @param caseId     the case's id, for later calls
 * @param caseNumber the number to quote to the customer
 * @param duplicate  whether the case already existed
 */
public record CaseReference(String caseId, String caseNumber, boolean duplicate) {
}
