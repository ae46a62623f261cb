package com.redress.notification.listener;

import java.util.Optional;

import com.redress.notification.cases.CaseDirectory;
import com.redress.notification.cases.CaseView;
import com.redress.notification.replay.TopicReplay;

/**
 * The case an event is about: from the case directory, or, when the directory has not seen the registration yet (it
 * was read by another consumer of this instance, or by another instance, or lies further down its partition than the
 * event of another topic), after reading the registrations up to their end.
 */
class KnownCases {

    private final CaseDirectory cases;
    private final TopicReplay replay;

    KnownCases(CaseDirectory cases, TopicReplay replay) {
        this.cases = cases;
        this.replay = replay;
    }

    /** The case as far as it is known without reading further. */
    Optional<CaseView> known(String caseId) {
        return cases.find(caseId);
    }

    /** The case, reading the registrations up to their end first if it is not known yet. */
    Optional<CaseView> find(String caseId) {
        Optional<CaseView> known = cases.find(caseId);
        if (known.isPresent()) {
            return known;
        }
        replay.catchUp();
        return cases.find(caseId);
    }

    /**
     * @throws CaseNotKnownException when no registration of the case has been written yet; the platform's error
     *     handler reads the event again
     */
    CaseView require(String caseId) {
        return find(caseId).orElseThrow(() -> new CaseNotKnownException(caseId));
    }
}
