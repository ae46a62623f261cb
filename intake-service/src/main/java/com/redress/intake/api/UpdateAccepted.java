package com.redress.intake.api;

import java.util.UUID;

/** The answer to a case update: the case and the id of the event written. */
public record UpdateAccepted(String caseId, UUID eventId) {
}
