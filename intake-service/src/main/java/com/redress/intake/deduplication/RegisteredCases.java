package com.redress.intake.deduplication;

import java.util.Optional;

import com.redress.events.intake.ComplaintRegistered;

/** The cases intake has registered, as every instance sees them. */
public interface RegisteredCases {

    /**
     * The registration of case {@code caseId}, if it exists.
     *
     * @throws RegisteredCasesUnavailableException while the view is still loading
     */
    Optional<ComplaintRegistered> find(String caseId);

    /** Records a registration this instance has just written, before the view has read it back from the topic. */
    void remember(ComplaintRegistered registration);
}
