package com.redress.notification.support;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

import com.redress.events.common.NotificationChannel;
import com.redress.events.fixtures.CaseUpdateFixture;
import com.redress.events.fixtures.EventFixtures;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.intake.EncryptedContact;
import com.redress.events.intake.MaskedContact;
import com.redress.events.intake.Resolution;
import com.redress.events.intake.ResolutionOutcome;
import com.redress.events.sla.ClockKind;
import com.redress.events.sla.SlaEvent;
import com.redress.events.sla.SlaEventType;
import com.redress.notification.contact.CustomerContact;

/** The events notification reads, owned by a known case owner and sealed with the contact key tests hold. */
public final class TestEvents {

    /** Friday 14 March 2025, 10:00 in Shanghai. */
    public static final Instant RECEIVED_AT = Instant.parse("2025-03-14T02:00:00Z");
    public static final String OWNER_STAFF_ID = CaseUpdateFixture.CASE_OWNER;
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
        MaskedContact masked = contact == null ? new MaskedContact(null, null, hasAppPush)
                : new MaskedContact("138****1234", "l***@example.com", hasAppPush);
        return EventFixtures.registered(caseId)
                .receivedAt(RECEIVED_AT)
                .occurredAt(RECEIVED_AT.plusSeconds(5))
                .firstContactOwner(OWNER_STAFF_ID, OWNER_UNIT_ID)
                .language(language)
                .contact(contact, masked)
                .preferredChannels(preferred)
                .product("credit card")
                .text("年费扣了两次 [PHONE]")
                .build();
    }

    public static CaseUpdate resolved(String caseId) {
        return update(caseId, CaseUpdateType.RESOLVED, new Resolution(ResolutionOutcome.UPHELD, "refund of the annual fee",
                EventFixtures.money("CNY", "300"), "the bank", "You may ask for a review within 30 days.",
                true));
    }

    public static CaseUpdate update(String caseId, CaseUpdateType type, Resolution resolution) {
        return update(caseId, type, resolution, RECEIVED_AT.plusSeconds(86_400));
    }

    public static CaseUpdate update(String caseId, CaseUpdateType type, Resolution resolution, Instant occurredAt) {
        return EventFixtures.update(caseId, type).occurredAt(occurredAt).resolution(resolution).build();
    }

    /** The breach of a case's 15-minute emergency response, which escalates to senior management. */
    public static SlaEvent breached(String caseId, int tier) {
        return EventFixtures.slaEvent(caseId, SlaEventType.BREACHED)
                .clock(ClockKind.EMERGENCY_RESPONSE)
                .tier(tier)
                .deadline(RECEIVED_AT.plusSeconds(900))
                .target("15 minutes", 900_000)
                .escalationTarget("senior-management")
                .build();
    }
}
