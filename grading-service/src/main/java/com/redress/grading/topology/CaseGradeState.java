package com.redress.grading.topology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.redress.grading.grade.CaseFacts;
import com.redress.grading.grade.Grade;
import com.redress.grading.grade.IncidentMembership;
import com.redress.grading.grade.UpdateFacts;

/**
 * What grading keeps per case: its facts and current grade, the amount at stake including reported losses, updates
 * and incidents that arrived before the first grade, and the ids of updates already applied.
 *
 * @param facts            {@code null} until the case's first grade
 * @param grade            {@code null} until the case's first grade
 * @param amountAtStake    the amount at stake including new losses in the same currency, or {@code null}
 * @param processedUpdates ids of applied updates, most recent last, at most {@link #MAX_PROCESSED_UPDATES}
 */
record CaseGradeState(
        CaseFacts facts,
        Grade grade,
        BigDecimal amountAtStake,
        String currency,
        List<UpdateFacts> pendingUpdates,
        List<IncidentMembership> pendingIncidents,
        List<String> processedUpdates) {

    static final int MAX_PROCESSED_UPDATES = 500;

    CaseGradeState {
        pendingUpdates = List.copyOf(pendingUpdates);
        pendingIncidents = List.copyOf(pendingIncidents);
        processedUpdates = List.copyOf(processedUpdates);
    }

    static CaseGradeState empty() {
        return new CaseGradeState(null, null, null, null, List.of(), List.of(), List.of());
    }

    boolean graded() {
        return grade != null;
    }

    boolean seen(String updateEventId) {
        return processedUpdates.contains(updateEventId)
                || pendingUpdates.stream().anyMatch(update -> update.eventId().equals(updateEventId));
    }

    CaseGradeState firstGraded(CaseFacts newFacts, Grade firstGrade) {
        return new CaseGradeState(newFacts, firstGrade, newFacts.amount(), newFacts.currency(), List.of(), List.of(),
                processedUpdates);
    }

    CaseGradeState withGrade(Grade newGrade) {
        return new CaseGradeState(facts, newGrade, amountAtStake, currency, pendingUpdates, pendingIncidents,
                processedUpdates);
    }

    CaseGradeState withAmount(BigDecimal amount, String amountCurrency) {
        return new CaseGradeState(facts, grade, amount, amountCurrency, pendingUpdates, pendingIncidents,
                processedUpdates);
    }

    CaseGradeState pending(UpdateFacts update) {
        List<UpdateFacts> updates = new ArrayList<>(pendingUpdates);
        updates.add(update);
        return new CaseGradeState(facts, grade, amountAtStake, currency, updates, pendingIncidents, processedUpdates);
    }

    CaseGradeState pending(IncidentMembership incident) {
        List<IncidentMembership> incidents = new ArrayList<>(pendingIncidents);
        incidents.add(incident);
        return new CaseGradeState(facts, grade, amountAtStake, currency, pendingUpdates, incidents, processedUpdates);
    }

    CaseGradeState processed(String updateEventId) {
        List<String> ids = new ArrayList<>(processedUpdates);
        ids.add(updateEventId);
        if (ids.size() > MAX_PROCESSED_UPDATES) {
            ids = ids.subList(ids.size() - MAX_PROCESSED_UPDATES, ids.size());
        }
        return new CaseGradeState(facts, grade, amountAtStake, currency, pendingUpdates, pendingIncidents, ids);
    }
}
