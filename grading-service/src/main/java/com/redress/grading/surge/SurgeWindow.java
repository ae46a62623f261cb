package com.redress.grading.surge;

import java.util.ArrayList;
import java.util.List;

/**
 * The arrivals of one category within its surge window and the incident in progress, if any.
 *
 * @param arrivals   cases counted in the window, in arrival order
 * @param incidentId the incident in progress, or {@code null} while the count is at or below the threshold
 */
record SurgeWindow(List<Arrival> arrivals, String incidentId) {

    /** A case counted in the window; {@code receivedAt} in epoch milliseconds. */
    record Arrival(String caseId, long receivedAt) {
    }

    SurgeWindow {
        arrivals = List.copyOf(arrivals);
    }

    static SurgeWindow empty() {
        return new SurgeWindow(List.of(), null);
    }

    boolean counted(String caseId) {
        return arrivals.stream().anyMatch(arrival -> arrival.caseId().equals(caseId));
    }

    /** Adds an arrival and drops those received {@code windowMillis} or more before the newest one. */
    SurgeWindow with(Arrival arrival, long windowMillis) {
        List<Arrival> kept = new ArrayList<>(arrivals);
        kept.add(arrival);
        long newest = kept.stream().mapToLong(Arrival::receivedAt).max().orElse(arrival.receivedAt());
        kept.removeIf(counted -> newest - counted.receivedAt() >= windowMillis);
        return new SurgeWindow(kept, incidentId);
    }

    SurgeWindow withIncident(String id) {
        return new SurgeWindow(arrivals, id);
    }

    List<String> caseIds() {
        return arrivals.stream().map(Arrival::caseId).toList();
    }

    long newest() {
        return arrivals.stream().mapToLong(Arrival::receivedAt).max().orElse(0L);
    }
}
