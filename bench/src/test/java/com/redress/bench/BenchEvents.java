package com.redress.bench;

import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.redress.bench.load.BenchComplaint;
import com.redress.events.fixtures.EventFixtures;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.sla.SlaEvent;
import com.redress.events.sla.SlaEventType;

/** The events the trackers read, with only the fields they look at chosen by the test. */
public final class BenchEvents {

    private BenchEvents() {
    }

    public static ConsumerRecord<String, Object> record(Object value) {
        return new ConsumerRecord<>("topic", 0, 0, "key", value);
    }

    public static ComplaintRegistered registration(String caseId, BenchComplaint complaint, Instant occurredAt) {
        return registration(caseId, "CMP-1", complaint, occurredAt);
    }

    /** The registration of a complaint the bench sent, which the trackers match by its channel message id. */
    public static ComplaintRegistered registration(String caseId, String caseNumber, BenchComplaint complaint,
            Instant occurredAt) {
        return EventFixtures.registered(caseId).caseNumber(caseNumber).channelMessageId(complaint.channelMessageId())
                .receivedAt(complaint.receivedAt()).occurredAt(occurredAt).build();
    }

    public static ComplaintGraded grade(String caseId, Instant occurredAt) {
        return EventFixtures.graded(caseId).occurredAt(occurredAt).build();
    }

    public static NotificationOutcome acknowledgement(String caseId, Instant occurredAt) {
        return EventFixtures.outcome(caseId).occurredAt(occurredAt).build();
    }

    public static SlaEvent slaEvent(String caseId, String clockId, SlaEventType type, Instant deadline) {
        return EventFixtures.slaEvent(caseId, type).clockId(clockId).deadline(deadline).build();
    }
}
