package com.redress.intake.registration;

/**
 * The answer to a submission: the case it belongs to and whether this submission created it.
 *
 * @param caseId     the case's id
 * @param caseNumber the case's human-readable number
 * @param created    {@code true} when this submission registered the case, {@code false} for a duplicate
 */
public record RegistrationOutcome(String caseId, String caseNumber, boolean created) {
}
