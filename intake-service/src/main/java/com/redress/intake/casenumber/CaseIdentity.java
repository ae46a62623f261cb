package com.redress.intake.casenumber;

import java.time.LocalDate;
import java.util.UUID;

import com.redress.intake.deduplication.NameBasedUuids;

/**
 * The identity of a case, derived from its case id alone, which {@link CaseIdentities} derives from the de-duplication
 * key: the case id, the case number and the id of its {@code ComplaintRegistered} event come out the same on every
 * intake instance, before and after restarts, without any coordination between instances.
 *
 * @param caseId              the internal case id, the key of every event of the case
 * @param caseNumber          the human-readable number quoted to the customer
 * @param registrationEventId the event id of the case's {@code ComplaintRegistered}, so a registration that two
 *                            instances race to write reads downstream as one event redelivered
 */
public record CaseIdentity(String caseId, String caseNumber, UUID registrationEventId) {

    static CaseIdentity of(UUID caseId, LocalDate receivedDate) {
        return new CaseIdentity(caseId.toString(), CaseNumbers.format(caseId, receivedDate),
                NameBasedUuids.of(caseId, "ComplaintRegistered"));
    }
}
