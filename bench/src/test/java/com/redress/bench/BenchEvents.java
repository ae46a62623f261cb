package com.redress.bench;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

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
import com.redress.events.sla.ClockKind;
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

    public static ComplaintRegistered registration(String caseId, String caseNumber, BenchComplaint complaint,
            Instant occurredAt) {
        return ComplaintRegistered.newBuilder()
                .setEventId(UUID.randomUUID()).setCaseId(caseId).setOccurredAt(occurredAt).setSource("intake")
                .setCaseNumber(caseNumber).setChannel(Channel.MOBILE_BANKING)
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

    public static ComplaintGraded grade(String caseId, Instant occurredAt) {
        return ComplaintGraded.newBuilder()
                .setEventId(UUID.randomUUID()).setCaseId(caseId).setOccurredAt(occurredAt).setSource("grading")
                .setCaseNumber("CMP-1").setPrimaryCategory(Category.SYSTEM_CHANNEL_AVAILABILITY)
                .setSecondaryCategories(List.of()).setTier(3).setPriority(3).setPreviousTier(null)
                .setGradingReason(GradingReason.INITIAL).setRepeatLink(null).setIncidentId(null)
                .setFiredRules(List.of()).setRuleSetVersion("1")
                .build();
    }

    public static NotificationOutcome acknowledgement(String caseId, Instant occurredAt) {
        return NotificationOutcome.newBuilder()
                .setEventId(UUID.randomUUID()).setCaseId(caseId).setOccurredAt(occurredAt).setSource("notification")
                .setStatus(NotificationStatus.SENT).setChannel(NotificationChannel.EMAIL)
                .setMessageKind(MessageKind.ACKNOWLEDGEMENT).setTemplateId("acknowledgement@1").setLanguage("zh-CN")
                .setAttempt(1).setDeliveryKey("k").setMaskedRecipient("c***@bench.example")
                .setFailureReason(null).setProviderMessageId(null)
                .build();
    }

    public static SlaEvent slaEvent(String caseId, String clockId, SlaEventType type, Instant deadline) {
        return SlaEvent.newBuilder()
                .setEventId(UUID.randomUUID()).setCaseId(caseId).setOccurredAt(deadline).setSource("sla")
                .setType(type).setClockKind(ClockKind.ACKNOWLEDGE).setClockId(clockId).setTier(3)
                .setPolicyId("bench-deadlines").setCalendarId("CN-mainland").setDeadline(deadline)
                .setTargetDescription("30 seconds").setElapsedBusinessMillis(0L).setWarningFraction(null)
                .setLateByMillis(null).setEscalationTarget(null)
                .build();
    }
}
