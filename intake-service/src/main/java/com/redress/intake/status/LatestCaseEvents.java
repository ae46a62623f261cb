package com.redress.intake.status;

import java.util.Optional;

/** The latest event of each kind the status view shows, per case, as the record's bytes on its topic. */
public interface LatestCaseEvents {

    /**
     * The latest value in the status store {@code storeName} for {@code caseId}.
     *
     * @throws CaseStatusUnavailableException while the stores are loading
     */
    Optional<byte[]> find(String storeName, String caseId);
}
