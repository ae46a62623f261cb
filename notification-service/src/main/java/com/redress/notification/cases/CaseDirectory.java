package com.redress.notification.cases;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.ComplaintRegistered;

/**
 * The per-case view of every case this instance has seen, in memory; rebuilt from {@code complaints.registered} and
 * {@code complaints.graded} by the {@code TopicReplay} on start-up and on every partition assignment.
 */
public class CaseDirectory {

    private final Map<String, CaseView> cases = new ConcurrentHashMap<>();
    private final Map<String, Integer> tiersOfUnknownCases = new ConcurrentHashMap<>();

    public void register(ComplaintRegistered registered) {
        CaseView view = CaseView.of(registered);
        Integer tier = tiersOfUnknownCases.remove(registered.getCaseId());
        cases.merge(registered.getCaseId(), tier == null ? view : view.withTier(tier),
                (known, fresh) -> known.tier() == null ? fresh : fresh.withTier(known.tier()));
    }

    /** Records the latest tier; a grade may be read before its registration, so it is kept until that arrives. */
    public void grade(ComplaintGraded graded) {
        CaseView updated = cases.computeIfPresent(graded.getCaseId(), (id, view) -> view.withTier(graded.getTier()));
        if (updated == null) {
            tiersOfUnknownCases.put(graded.getCaseId(), graded.getTier());
        }
    }

    public Optional<CaseView> find(String caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }
}
