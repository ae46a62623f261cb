package com.redress.bench.track;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.redress.bench.load.BenchComplaint;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.notification.MessageKind;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationStatus;

/**
 * Follows every complaint the driver sent through the pipeline by the events' own timestamps: its registration
 * (recognised by the channel message id, which gives the case id), then by case id its grade and its acknowledgement
 * dispatched. Events of a case may be read in any order across topics; a case counts once all three are seen. The
 * first grade of a case counts, whatever its reason: during a surge a case may be graded straight into an incident.
 */
public final class PipelineTracker {

    private static final class CaseTimes {
        String batch;
        long receivedAt;
        long registeredAt;
        long gradedAt;
        long acknowledgedAt;
        boolean registrationCounted;
        boolean gradeCounted;
        boolean acknowledgementCounted;

        boolean complete() {
            return batch != null && gradedAt > 0 && acknowledgedAt > 0;
        }
    }

    private final Map<String, CaseTimes> open = new HashMap<>();
    private final Map<String, StageLatencies> batches = new ConcurrentHashMap<>();

    /** The latencies of a batch, created empty when first asked for. */
    public StageLatencies batch(String batch) {
        return batches.computeIfAbsent(batch, name -> new StageLatencies());
    }

    /** For {@link TopicTap#listen}: takes registrations, grades and acknowledgements, ignores everything else. */
    public synchronized void accept(ConsumerRecord<String, Object> record) {
        Object value = record.value();
        if (value instanceof ComplaintRegistered registered) {
            String batch = BenchComplaint.batchOf(registered.getChannelMessageId());
            if (batch == null) {
                return;
            }
            CaseTimes times = open.computeIfAbsent(registered.getCaseId(), id -> new CaseTimes());
            times.batch = batch;
            times.receivedAt = registered.getReceivedAt().toEpochMilli();
            times.registeredAt = registered.getOccurredAt().toEpochMilli();
            settle(registered.getCaseId(), times);
        } else if (value instanceof ComplaintGraded graded) {
            CaseTimes times = open.computeIfAbsent(graded.getCaseId(), id -> new CaseTimes());
            if (times.gradedAt == 0) {
                times.gradedAt = graded.getOccurredAt().toEpochMilli();
                settle(graded.getCaseId(), times);
            }
        } else if (value instanceof NotificationOutcome outcome
                && outcome.getMessageKind() == MessageKind.ACKNOWLEDGEMENT
                && outcome.getStatus() == NotificationStatus.SENT) {
            CaseTimes times = open.computeIfAbsent(outcome.getCaseId(), id -> new CaseTimes());
            if (times.acknowledgedAt == 0) {
                times.acknowledgedAt = outcome.getOccurredAt().toEpochMilli();
                settle(outcome.getCaseId(), times);
            }
        }
    }

    private void settle(String caseId, CaseTimes times) {
        if (times.batch == null) {
            return;
        }
        boolean registration = !times.registrationCounted;
        boolean grade = times.gradedAt > 0 && !times.gradeCounted;
        boolean acknowledgement = times.acknowledgedAt > 0 && !times.acknowledgementCounted;
        times.registrationCounted = true;
        times.gradeCounted |= grade;
        times.acknowledgementCounted |= acknowledgement;
        batch(times.batch).seen(registration, grade, acknowledgement);
        if (times.complete()) {
            batch(times.batch).record(times.receivedAt, times.registeredAt, times.gradedAt, times.acknowledgedAt);
            open.remove(caseId);
        }
    }

    /** What the cases not yet complete are waiting for, to say why a batch did not get through. */
    public synchronized String openSummary() {
        long unregistered = open.values().stream().filter(times -> times.batch == null).count();
        long ungraded = open.values().stream().filter(times -> times.batch != null && times.gradedAt == 0).count();
        long unacknowledged = open.values().stream()
                .filter(times -> times.batch != null && times.acknowledgedAt == 0).count();
        return String.format(Locale.ROOT, "%d registered cases without a grade, %d without an "
                + "acknowledgement sent, %d graded or acknowledged cases whose registration was not seen", ungraded,
                unacknowledged, unregistered);
    }

    /** Forgets cases that never completed, e.g. between phases; returns how many there were. */
    public synchronized int forgetOpenCases() {
        int forgotten = open.size();
        open.clear();
        return forgotten;
    }
}
