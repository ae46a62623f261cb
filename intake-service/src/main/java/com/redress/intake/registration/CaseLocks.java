package com.redress.intake.registration;

/**
 * A fixed set of locks striped by case id: work on one case is serialised within this instance, while different cases
 * mostly proceed in parallel. Across instances the views and deterministic ids absorb the race.
 */
public final class CaseLocks {

    private static final int STRIPES = 64;

    private final Object[] locks = new Object[STRIPES];

    public CaseLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /** The lock guarding {@code caseId}. */
    public Object of(String caseId) {
        return locks[Math.floorMod(caseId.hashCode(), STRIPES)];
    }
}
