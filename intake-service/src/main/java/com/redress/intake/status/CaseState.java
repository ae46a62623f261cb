package com.redress.intake.status;

import java.time.Instant;
import java.util.Optional;

/**
 * What the case view keeps of one case, folded from the latest event of each kind: only the fields the view shows and
 * the submitter for {@link CaseAccess}, stored as JSON, so no event is ever encoded again with intake's version of
 * another service's schema. Events may arrive before the case's registration; the case is shown once registered.
 *
 * @param registration     null until the case's registration arrives
 * @param lastUpdate       the latest update, null until one arrives
 */
public record CaseState(
        Registration registration,
        CaseStatusView.LastUpdate lastUpdate,
        CaseStatusView.Grade grade,
        CaseStatusView.Sla sla,
        CaseStatusView.LastNotification lastNotification) {

    static final String REGISTERED_STAGE = "REGISTERED";
    static final CaseState EMPTY = new CaseState(null, null, null, null, null);

    /** The registration facts the view shows, and who submitted the case. */
    public record Registration(String caseNumber, String channel, Instant receivedAt, String receivedZoneId,
            String submittedBy) {
    }

    CaseState withRegistration(Registration value) {
        return new CaseState(value, lastUpdate, grade, sla, lastNotification);
    }

    CaseState withLastUpdate(CaseStatusView.LastUpdate value) {
        return new CaseState(registration, value, grade, sla, lastNotification);
    }

    CaseState withGrade(CaseStatusView.Grade value) {
        return new CaseState(registration, lastUpdate, value, sla, lastNotification);
    }

    CaseState withSla(CaseStatusView.Sla value) {
        return new CaseState(registration, lastUpdate, grade, value, lastNotification);
    }

    CaseState withLastNotification(CaseStatusView.LastNotification value) {
        return new CaseState(registration, lastUpdate, grade, sla, value);
    }

    /** The case as {@code access} may see it: empty until it is registered, or when {@code access} may not read it. */
    Optional<CaseStatusView> viewFor(String caseId, CaseAccess access) {
        if (registration == null || !access.mayRead(registration.submittedBy())) {
            return Optional.empty();
        }
        return Optional.of(new CaseStatusView(caseId, registration.caseNumber(), registration.channel(),
                registration.receivedAt(), registration.receivedZoneId(),
                lastUpdate == null ? REGISTERED_STAGE : lastUpdate.type(), lastUpdate, grade, sla, lastNotification));
    }
}
