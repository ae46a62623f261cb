package com.redress.sla;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.redress.events.grading.Category;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.grading.GradingReason;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.Channel;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.intake.Customer;
import com.redress.events.intake.CustomerSegment;
import com.redress.events.intake.ExtensionGrant;
import com.redress.events.intake.FirstContactOwner;
import com.redress.events.intake.MaskedContact;

/** Builds the input events of the SLA service with only what the clocks look at varying. */
public final class CaseEvents {

    private CaseEvents() {
    }

    public static ComplaintRegistered registered(String caseId, Instant receivedAt) {
        return ComplaintRegistered.newBuilder()
                .setEventId(UUID.randomUUID())
                .setCaseId(caseId)
                .setOccurredAt(receivedAt)
                .setSource("intake-service")
                .setCaseNumber("CMP-" + caseId)
                .setChannel(Channel.values()[0])
                .setChannelMessageId("msg-" + caseId)
                .setReceivedAt(receivedAt)
                .setReceivedZoneId("Asia/Shanghai")
                .setFirstContactOwner(FirstContactOwner.newBuilder().build())
                .setCustomer(Customer.newBuilder()
                        .setPseudonymousId("p-" + caseId)
                        .setSegment(CustomerSegment.ORDINARY)
                        .setLanguage("zh-CN")
                        .setMaskedContact(MaskedContact.newBuilder().setHasAppPush(false).build())
                        // Set explicitly: Avro 1.12.2 resolves an enum-array default only for trusted classes
                        .setPreferredNotificationChannels(List.of())
                        .build())
                .setRedactedText("[REDACTED]")
                .build();
    }

    public static ComplaintGraded graded(String caseId, int tier, Instant at) {
        return ComplaintGraded.newBuilder()
                .setEventId(UUID.randomUUID())
                .setCaseId(caseId)
                .setOccurredAt(at)
                .setSource("grading-service")
                .setCaseNumber("CMP-" + caseId)
                .setPrimaryCategory(Category.values()[0])
                .setSecondaryCategories(List.of())
                .setTier(tier)
                .setPriority(1)
                .setGradingReason(GradingReason.INITIAL)
                .setFiredRules(List.of())
                .setRuleSetVersion("test")
                .build();
    }

    public static CaseUpdate update(String caseId, CaseUpdateType type, Instant at) {
        return updateBuilder(caseId, type, at).build();
    }

    public static CaseUpdate extension(String caseId, int workingDays, Instant at) {
        return updateBuilder(caseId, CaseUpdateType.EXTENSION_GRANTED, at)
                .setExtension(ExtensionGrant.newBuilder()
                        .setRequestedWorkingDays(workingDays)
                        .setReason("awaiting the card scheme's chargeback decision")
                        .setApprovedBy("E10000001")
                        .build())
                .build();
    }

    private static CaseUpdate.Builder updateBuilder(String caseId, CaseUpdateType type, Instant at) {
        return CaseUpdate.newBuilder()
                .setEventId(UUID.randomUUID())
                .setCaseId(caseId)
                .setOccurredAt(at)
                .setSource("intake-service")
                .setUpdateType(type)
                .setActor("E10023871");
    }
}
