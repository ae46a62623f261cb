package com.redress.intake.status;

/**
 * Which cases a client may read: every case, or only those it submitted. A case the client may not read is answered
 * exactly like a case that does not exist, so a caller cannot learn which case ids are in use.
 *
 * @param client   the client's id, as its API key names it
 * @param anyCase  whether it may read every case
 */
public record CaseAccess(String client, boolean anyCase) {

    /** Whether the client may read a case {@code submittedBy} submitted. */
    boolean mayRead(String submittedBy) {
        return anyCase || client.equals(submittedBy);
    }
}
