package com.redress.intake.deduplication;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.redress.events.intake.ComplaintRegistered;

/**
 * The registrations this instance wrote most recently, bounded in number: covers the moment between writing a
 * registration and the global table reading it back, when a quick retry must still be recognised.
 */
final class RecentRegistrations {

    private final Map<String, ComplaintRegistered> byCaseId;

    RecentRegistrations(int capacity) {
        this.byCaseId = new LinkedHashMap<>(capacity, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ComplaintRegistered> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void put(ComplaintRegistered registration) {
        byCaseId.put(registration.getCaseId(), registration);
    }

    synchronized Optional<ComplaintRegistered> get(String caseId) {
        return Optional.ofNullable(byCaseId.get(caseId));
    }
}
