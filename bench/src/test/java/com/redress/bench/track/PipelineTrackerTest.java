package com.redress.bench.track;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.redress.bench.load.BenchComplaint;
import com.redress.events.common.NotificationChannel;
import com.redress.events.grading.Category;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.grading.GradingReason;
import com.redress.events.intake.Channel;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.intake.Customer;
import com.redress.events.intake.CustomerSegment;
import com.redress.events.intake.FirstContactOwner;
import com.redress.events.intake.MaskedContact;
import com.redress.events.notification.MessageKind;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationStatus;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineTrackerTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-25T01:00:00Z");

    private final PipelineTracker tracker = new PipelineTracker();

    @Test
    void shouldMeasureEachStageFromReceiptWhateverOrderTheTopicsAreReadIn() {
        // Given a complaint of batch lat200 whose acknowledgement and grade are read before its registration
        BenchComplaint complaint = BenchComplaint.of("lat200", 1, RECEIVED);
        tracker.accept(record(acknowledgement("case-1", RECEIVED.plusMillis(300))));
        tracker.accept(record(grade("case-1", RECEIVED.plusMillis(120))));

        // When its registration arrives
        tracker.accept(record(registration("case-1", complaint, RECEIVED.plusMillis(40))));

        // Then the batch has one complete case, timed from receipt to each stage
        StageLatencies batch = tracker.batch("lat200");
        assertThat(batch.completed()).isEqualTo(1);
        assertThat(batch.registered().getMaxValue()).isEqualTo(40);
        assertThat(batch.graded().getMaxValue()).isEqualTo(120);
        assertThat(batch.acknowledged().getMaxValue()).isEqualTo(300);
    }

    @Test
    void shouldCountTheStagesACaseHasReachedSoTheBacklogCanBeLocated() {
        // Given two registered complaints of batch tp100, one of them graded, neither acknowledged
        tracker.accept(record(registration("case-1", BenchComplaint.of("tp100", 1, RECEIVED), RECEIVED)));
        tracker.accept(record(registration("case-2", BenchComplaint.of("tp100", 2, RECEIVED), RECEIVED)));
        tracker.accept(record(grade("case-1", RECEIVED.plusMillis(50))));

        // When the same case is graded again, as a surge incident would
        tracker.accept(record(grade("case-1", RECEIVED.plusMillis(900))));

        // Then each case counts once per stage and none is complete
        StageLatencies batch = tracker.batch("tp100");
        assertThat(batch.registeredSeen()).isEqualTo(2);
        assertThat(batch.gradedSeen()).isEqualTo(1);
        assertThat(batch.acknowledgedSeen()).isZero();
        assertThat(batch.completed()).isZero();
        assertThat(tracker.forgetOpenCases()).isEqualTo(2);
    }

    @Test
    void shouldIgnoreComplaintsTheDriverDidNotSend() {
        // Given a registration of a demo complaint
        ComplaintRegistered demo = registration("case-9", BenchComplaint.of("x", 1, RECEIVED), RECEIVED);
        demo.put("channelMessageId", "DEMO-1-1");

        // When it is read with its acknowledgement
        tracker.accept(record(demo));
        tracker.accept(record(acknowledgement("case-9", RECEIVED)));

        // Then no batch learns of it
        assertThat(tracker.batch("x").registeredSeen()).isZero();
    }

    private static ConsumerRecord<String, Object> record(Object value) {
        return new ConsumerRecord<>("topic", 0, 0, "key", value);
    }

    private static ComplaintRegistered registration(String caseId, BenchComplaint complaint, Instant occurredAt) {
        return ComplaintRegistered.newBuilder()
                .setEventId(UUID.randomUUID()).setCaseId(caseId).setOccurredAt(occurredAt).setSource("intake")
                .setCaseNumber("CMP-1").setChannel(Channel.MOBILE_BANKING)
                .setChannelMessageId(complaint.channelMessageId()).setReceivedAt(complaint.receivedAt())
                .setReceivedZoneId("Asia/Shanghai")
                .setFirstContactOwner(FirstContactOwner.newBuilder().setStaffId(null).setUnitId(null).build())
                .setCustomer(Customer.newBuilder().setPseudonymousId("P-1").setSegment(CustomerSegment.ORDINARY)
                        .setLanguage("zh-CN").setEncryptedContact(null)
                        .setMaskedContact(MaskedContact.newBuilder().setPhone(null).setEmail(null)
                                .setHasAppPush(false).build())
                        .setPreferredNotificationChannels(List.of()).build())
                .setProduct(null).setAmountAtStake(null).setRedactedText("text").setChannelCategoryCode(null)
                .build();
    }

    private static ComplaintGraded grade(String caseId, Instant occurredAt) {
        return ComplaintGraded.newBuilder()
                .setEventId(UUID.randomUUID()).setCaseId(caseId).setOccurredAt(occurredAt).setSource("grading")
                .setCaseNumber("CMP-1").setPrimaryCategory(Category.SYSTEM_CHANNEL_AVAILABILITY)
                .setSecondaryCategories(List.of()).setTier(3).setPriority(3).setPreviousTier(null)
                .setGradingReason(GradingReason.INITIAL).setRepeatLink(null).setIncidentId(null)
                .setFiredRules(List.of()).setRuleSetVersion("1")
                .build();
    }

    private static NotificationOutcome acknowledgement(String caseId, Instant occurredAt) {
        return NotificationOutcome.newBuilder()
                .setEventId(UUID.randomUUID()).setCaseId(caseId).setOccurredAt(occurredAt).setSource("notification")
                .setStatus(NotificationStatus.SENT).setChannel(NotificationChannel.EMAIL)
                .setMessageKind(MessageKind.ACKNOWLEDGEMENT).setTemplateId("acknowledgement@1").setLanguage("zh-CN")
                .setAttempt(1).setDeliveryKey("k").setMaskedRecipient("c***@bench.example")
                .setFailureReason(null).setProviderMessageId(null)
                .build();
    }
}
