package com.redress.grading.surge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One category's arrivals within its surge window and the incident in progress, if any, in bounded space however
 * long a surge lasts: the count is kept per second of receipt, and only the newest cases are kept by id — as many as
 * it takes to tip the threshold, which are the cases an incident raises when it opens, and the ones a redelivery is
 * recognised among.
 *
 * @param arrivals   the newest cases counted in the window, in arrival order, at most {@code threshold + 1}
 * @param seconds    how many cases were received in each second still in the window, oldest first
 * @param incidentId the incident in progress, or {@code null} while the count is at or below the threshold
 */
record SurgeWindow(List<Arrival> arrivals, List<Second> seconds, String incidentId) {

    private static final long MILLIS_PER_SECOND = 1000;

    /** A case counted in the window; {@code receivedAt} in epoch milliseconds. */
    record Arrival(String caseId, long receivedAt) {
    }

    /** The number of cases received in one second (epoch seconds). */
    record Second(long epochSecond, int arrivals) {
    }

    SurgeWindow {
        arrivals = List.copyOf(arrivals);
        // state written before the count was kept per second has none: its arrivals are all it counted
        seconds = seconds == null ? perSecond(arrivals) : List.copyOf(seconds);
    }

    static SurgeWindow empty() {
        return new SurgeWindow(List.of(), List.of(), null);
    }

    boolean counted(String caseId) {
        return arrivals.stream().anyMatch(arrival -> arrival.caseId().equals(caseId));
    }

    /** How many cases the window holds. */
    int count() {
        return seconds.stream().mapToInt(Second::arrivals).sum();
    }

    /**
     * Adds an arrival, drops what was received {@code windowMillis} or more before the newest one (to the second), and
     * keeps the newest {@code keep} cases by id.
     */
    SurgeWindow with(Arrival arrival, long windowMillis, int keep) {
        List<Arrival> kept = new ArrayList<>(arrivals);
        kept.add(arrival);
        long newest = kept.stream().mapToLong(Arrival::receivedAt).max().orElse(arrival.receivedAt());
        kept.removeIf(counted -> newest - counted.receivedAt() >= windowMillis);
        kept.sort(Comparator.comparingLong(Arrival::receivedAt));
        List<Arrival> newestKept = kept.subList(Math.max(0, kept.size() - keep), kept.size());

        List<Second> counts = new ArrayList<>(seconds);
        countOne(counts, arrival);
        counts.removeIf(counted -> newest - counted.epochSecond() * MILLIS_PER_SECOND >= windowMillis);
        return new SurgeWindow(newestKept, counts, incidentId);
    }

    SurgeWindow withIncident(String id) {
        return new SurgeWindow(arrivals, seconds, id);
    }

    List<String> caseIds() {
        return arrivals.stream().map(Arrival::caseId).toList();
    }

    long newest() {
        return arrivals.stream().mapToLong(Arrival::receivedAt).max().orElse(0L);
    }

    private static List<Second> perSecond(List<Arrival> arrivals) {
        List<Second> counts = new ArrayList<>();
        arrivals.forEach(arrival -> countOne(counts, arrival));
        return counts;
    }

    /** Counts {@code arrival} in its second of {@code counts}, which stay ordered oldest first. */
    private static void countOne(List<Second> counts, Arrival arrival) {
        long second = Math.floorDiv(arrival.receivedAt(), MILLIS_PER_SECOND);
        int at = counts.size() - 1;
        while (at >= 0 && counts.get(at).epochSecond() > second) {
            at--;
        }
        if (at >= 0 && counts.get(at).epochSecond() == second) {
            counts.set(at, new Second(second, counts.get(at).arrivals() + 1));
        } else {
            counts.add(at + 1, new Second(second, 1));
        }
    }
}
