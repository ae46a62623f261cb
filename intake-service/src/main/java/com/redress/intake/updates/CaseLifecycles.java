package com.redress.intake.updates;

/** The lifecycle state of each case, as the updates written so far leave it. */
public interface CaseLifecycles {

    /**
     * The state of case {@code caseId}; {@link CaseLifecycleState#initial()} when no update has touched it.
     *
     * @throws com.redress.intake.deduplication.RegisteredCasesUnavailableException while the view is loading
     */
    CaseLifecycleState stateOf(String caseId);

    /** Remembers the state an update this instance has just written leaves {@code caseId} in. */
    void remember(String caseId, CaseLifecycleState state);
}
