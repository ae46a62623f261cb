package com.redress.notification.support;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.redress.events.common.Money;
import com.redress.events.common.NotificationChannel;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.Channel;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.intake.Customer;
import com.redress.events.intake.CustomerSegment;
import com.redress.events.intake.EncryptedContact;
import com.redress.events.intake.FirstContactOwner;
import com.redress.events.intake.MaskedContact;
import com.redress.events.intake.Resolution;
import com.redress.events.intake.ResolutionOutcome;
import com.redress.events.sla.ClockKind;
import com.redress.events.sla.SlaEvent;
import com.redress.events.sla.SlaEventType;
import com.redress.notification.contact.CustomerContact;

/** Events as the other services write them, for tests. */
public final class TestEvents {

    public static final Instant RECEIVED_AT = Instant.parse("2025-03-14T02:00:00Z");
    public static final String OWNER_STAFF_ID = "E10023871";
    public static final String OWNER_UNIT_ID = "BR-310101-003";

    private TestEvents() {
    }

    public static ComplaintRegistered registered(String caseId, String language, CustomerContact contact,
            List<NotificationChannel> preferred) {
        return registered(caseId, language, contact == null ? null : PlaintextContactDecryptor.seal(contact),
                contact != null && contact.appPushId() != null, preferred);
    }

    /** A registration whose contact was encrypted under a key this service does not hold. */
    public static ComplaintRegistered registeredUnderUnknownKey(String caseId) {
        EncryptedContact unreadable = new EncryptedContact("retired-key", "AES-256-GCM", ByteBuffer.allocate(12),
                ByteBuffer.allocate(32));
        return registered(caseId, "en", unreadable, false, List.of(NotificationChannel.EMAIL));
    }

    private static ComplaintRegistered registered(String caseId, String language, EncryptedContact contact,
            boolean hasAppPush, List<NotificationChannel> preferred) {
        return ComplaintRegistered.newBuilder()
                .setEventId(UUID.randomUUID())
                .setCaseId(caseId)
                .setOccurredAt(RECEIVED_AT.plusSeconds(5))
                .setSource("intake-service")
                .setCaseNumber("CMP-20250314-" + caseId.hashCode() % 1000)
                .setChannel(Channel.MOBILE_BANKING)
                .setChannelMessageId("app-" + caseId)
                .setReceivedAt(RECEIVED_AT)
                .setReceivedZoneId("Asia/Shanghai")
                .setFirstContactOwner(new FirstContactOwner(OWNER_STAFF_ID, OWNER_UNIT_ID))
                .setCustomer(Customer.newBuilder()
                        .setPseudonymousId("p-" + caseId)
                        .setSegment(CustomerSegment.ORDINARY)
                        .setLanguage(language)
                        .setEncryptedContact(contact)
                        .setMaskedContact(new MaskedContact(contact == null ? null : "138****1234",
                                contact == null ? null : "l***@example.com", hasAppPush))
                        .setPreferredNotificationChannels(preferred)
                        .build())
                .setProduct("credit card")
                .setRedactedText("年费扣了两次 [PHONE]")
                .build();
    }

    public static CaseUpdate resolved(String caseId) {
        return update(caseId, CaseUpdateType.RESOLVED, new Resolution(ResolutionOutcome.UPHELD, "refund of the annual fee",
                new Money(new BigDecimal("300.0000"), "CNY"), "the bank", "You may ask for a review within 30 days.",
                true));
    }

    public static CaseUpdate update(String caseId, CaseUpdateType type, Resolution resolution) {
        return update(caseId, type, resolution, RECEIVED_AT.plusSeconds(86_400));
    }

    public static CaseUpdate update(String caseId, CaseUpdateType type, Resolution resolution, Instant occurredAt) {
        return CaseUpdate.newBuilder()
                .setEventId(UUID.randomUUID())
                .setCaseId(caseId)
                .setOccurredAt(occurredAt)
                .setSource("intake-service")
                .setUpdateType(type)
                .setActor(OWNER_STAFF_ID)
                .setResolution(resolution)
                .build();
    }

    public static SlaEvent breached(String caseId, int tier) {
        return SlaEvent.newBuilder()
                .setEventId(UUID.randomUUID())
                .setCaseId(caseId)
                .setOccurredAt(RECEIVED_AT.plusSeconds(900))
                .setSource("sla-service")
                .setType(SlaEventType.BREACHED)
                .setClockKind(ClockKind.EMERGENCY_RESPONSE)
                .setClockId(caseId + ":EMERGENCY_RESPONSE")
                .setTier(tier)
                .setPolicyId("cn-nfra-2024@3")
                .setCalendarId("CN-mainland-2025")
                .setDeadline(RECEIVED_AT.plusSeconds(900))
                .setTargetDescription("15 minutes")
                .setElapsedBusinessMillis(900_000)
                .setEscalationTarget("senior-management")
                .build();
    }
}
