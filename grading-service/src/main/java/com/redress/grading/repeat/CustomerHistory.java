package com.redress.grading.repeat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.redress.events.grading.Category;

/**
 * The recent cases of one customer, as repeat detection keeps them: enough to find earlier complaints about the same
 * category and whether they are still open.
 */
record CustomerHistory(List<PastCase> cases) {

    /** One earlier case; {@code receivedAt} in epoch milliseconds. */
    record PastCase(String caseId, Category category, long receivedAt, boolean open) {
    }

    CustomerHistory {
        cases = List.copyOf(cases);
    }

    static CustomerHistory empty() {
        return new CustomerHistory(List.of());
    }

    Optional<PastCase> find(String caseId) {
        return cases.stream().filter(past -> past.caseId().equals(caseId)).findFirst();
    }

    /** Other cases of {@code category} received within {@code windowMillis} before {@code receivedAt}, oldest first. */
    List<PastCase> earlier(String caseId, Category category, long receivedAt, long windowMillis) {
        return cases.stream()
                .filter(past -> !past.caseId().equals(caseId))
                .filter(past -> past.category() == category)
                .filter(past -> past.receivedAt() <= receivedAt && receivedAt - past.receivedAt() <= windowMillis)
                .sorted(Comparator.comparingLong(PastCase::receivedAt))
                .toList();
    }

    /** Adds a case and forgets those that can no longer be repeated within {@code windowMillis}. */
    CustomerHistory with(PastCase added, long windowMillis) {
        List<PastCase> kept = new ArrayList<>(cases);
        kept.add(added);
        long newest = kept.stream().mapToLong(PastCase::receivedAt).max().orElse(added.receivedAt());
        kept.removeIf(past -> newest - past.receivedAt() > windowMillis);
        return new CustomerHistory(kept);
    }

    CustomerHistory withStatus(String caseId, boolean open) {
        return new CustomerHistory(cases.stream()
                .map(past -> past.caseId().equals(caseId)
                        ? new PastCase(past.caseId(), past.category(), past.receivedAt(), open)
                        : past)
                .toList());
    }
}
