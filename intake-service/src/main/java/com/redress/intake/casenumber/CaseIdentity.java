package com.redress.intake.casenumber;

import java.time.LocalDate;
import java.util.UUID;

import com.redress.intake.deduplication.DeduplicationKey;
import com.redress.intake.deduplication.NameBasedUuids;

/**
 * The identity of a case, derived from its de-duplication key alone: the case id, the case number and the id of its
 * {@code ComplaintRegistered} event come out the same on every intake instance, before and after restarts, without
 * any coordination between instances.
 *
 * @param caseId              the internal case id (a version 5 UUID), the key of every event of the case
 * @param caseNumber          the human-readable number quoted to the customer
 * @param registrationEventId the event id of the case's {@code ComplaintRegistered}, so a registration that two
 *                            instances race to write reads downstream as one event redelivered
 */
public record CaseIdentity(String caseId, String caseNumber, UUID registrationEventId) {

    /** Namespace of Redress case ids; fixed forever, since changing it would renumber every future duplicate. */
    static final UUID CASE_NAMESPACE = UUID.fromString("0b6f3f0e-5a8c-4d0e-9c63-2f1b7a4e9d21");

    /** The identity of the case registered for {@code key}, received on {@code receivedDate} (local to the channel). */
    public static CaseIdentity of(DeduplicationKey key, LocalDate receivedDate) {
        UUID caseId = NameBasedUuids.of(CASE_NAMESPACE, key.value());
        return new CaseIdentity(caseId.toString(), CaseNumbers.format(caseId, receivedDate),
                NameBasedUuids.of(caseId, "ComplaintRegistered"));
    }
}
