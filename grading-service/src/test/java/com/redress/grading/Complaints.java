package com.redress.grading;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import com.redress.events.common.Money;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.Channel;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.intake.Customer;
import com.redress.events.intake.CustomerSegment;
import com.redress.events.intake.FirstContactOwner;
import com.redress.events.intake.MaskedContact;
import com.redress.events.intake.TierChangeRequest;

/** Builds the events grading consumes, with realistic defaults, for tests. */
public final class Complaints {

    public static final Instant MONDAY_MORNING = Instant.parse("2026-03-16T01:30:00Z");

    private Complaints() {
    }

    public static Registration registration(String caseId) {
        return new Registration(caseId);
    }

    public static CaseUpdate update(String caseId, CaseUpdateType type, Instant at) {
        return update(caseId, type, at, null);
    }

    public static CaseUpdate update(String caseId, CaseUpdateType type, Instant at, String note) {
        return CaseUpdate.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes((caseId + type + at).getBytes(StandardCharsets.UTF_8)))
                .setCaseId(caseId)
                .setOccurredAt(at)
                .setSource("intake-service")
                .setUpdateType(type)
                .setActor("E10023871")
                .setNote(note)
                .build();
    }

    public static CaseUpdate newLoss(String caseId, Instant at, String currency, String amount) {
        return CaseUpdate.newBuilder(update(caseId, CaseUpdateType.NEW_LOSS_REPORTED, at))
                .setNewLoss(new Money(new BigDecimal(amount).setScale(4), currency))
                .build();
    }

    public static CaseUpdate tierChange(String caseId, Instant at, int requestedTier, String reason) {
        return CaseUpdate.newBuilder(update(caseId, CaseUpdateType.TIER_CHANGE_REQUESTED, at))
                .setTierChange(new TierChangeRequest(requestedTier, reason))
                .build();
    }

    /** A complaint registration under construction. */
    public static final class Registration {

        private final String caseId;
        private String customerId = "cust-7f3a9c";
        private CustomerSegment segment = CustomerSegment.ORDINARY;
        private Channel channel = Channel.MOBILE_BANKING;
        private Instant receivedAt = MONDAY_MORNING;
        private Money amount;
        private String text = "手机银行转账一直显示处理中，请尽快帮我查一下。";
        private String categoryCode;

        private Registration(String caseId) {
            this.caseId = caseId;
        }

        public Registration customer(String pseudonymousId) {
            this.customerId = pseudonymousId;
            return this;
        }

        public Registration segment(CustomerSegment customerSegment) {
            this.segment = customerSegment;
            return this;
        }

        public Registration channel(Channel complaintChannel) {
            this.channel = complaintChannel;
            return this;
        }

        public Registration receivedAt(Instant instant) {
            this.receivedAt = instant;
            return this;
        }

        public Registration amount(String currency, String value) {
            this.amount = new Money(new BigDecimal(value).setScale(4), currency);
            return this;
        }

        public Registration text(String redactedText) {
            this.text = redactedText;
            return this;
        }

        public Registration categoryCode(String code) {
            this.categoryCode = code;
            return this;
        }

        public ComplaintRegistered build() {
            return ComplaintRegistered.newBuilder()
                    .setEventId(UUID.nameUUIDFromBytes(("registered:" + caseId).getBytes(StandardCharsets.UTF_8)))
                    .setCaseId(caseId)
                    .setOccurredAt(receivedAt.plusSeconds(2))
                    .setSource("intake-service")
                    .setCaseNumber("CMP-20260316-" + caseId)
                    .setChannel(channel)
                    .setChannelMessageId("msg-" + caseId)
                    .setReceivedAt(receivedAt)
                    .setReceivedZoneId("Asia/Shanghai")
                    .setFirstContactOwner(new FirstContactOwner(null, "CC-SH-HOTLINE"))
                    .setCustomer(Customer.newBuilder()
                            .setPseudonymousId(customerId)
                            .setSegment(segment)
                            .setLanguage("zh-CN")
                            .setMaskedContact(new MaskedContact("138****1234", null, false))
                            .build())
                    .setProduct(null)
                    .setAmountAtStake(amount)
                    .setRedactedText(text)
                    .setChannelCategoryCode(categoryCode)
                    .build();
        }
    }
}
