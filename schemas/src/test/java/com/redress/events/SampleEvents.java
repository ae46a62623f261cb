package com.redress.events;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.redress.events.common.Money;
import com.redress.events.common.NotificationChannel;
import com.redress.events.grading.Category;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.grading.FiredRule;
import com.redress.events.grading.GradingReason;
import com.redress.events.grading.IncidentDetected;
import com.redress.events.grading.RepeatLink;
import com.redress.events.intake.CaseStage;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.Channel;
import com.redress.events.intake.ChannelSubmission;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.intake.Customer;
import com.redress.events.intake.CustomerSegment;
import com.redress.events.intake.EncryptedContact;
import com.redress.events.intake.ExtensionGrant;
import com.redress.events.intake.FirstContactOwner;
import com.redress.events.intake.MaskedContact;
import com.redress.events.intake.Resolution;
import com.redress.events.intake.ResolutionOutcome;
import com.redress.events.intake.SubmittedContact;
import com.redress.events.intake.TierChangeRequest;
import com.redress.events.notification.Audience;
import com.redress.events.notification.MessageKind;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationRequested;
import com.redress.events.notification.NotificationStatus;
import com.redress.events.sla.ClockKind;
import com.redress.events.sla.SlaEvent;
import com.redress.events.sla.SlaEventType;
import com.redress.events.survey.SurveyResponse;

import org.apache.avro.specific.SpecificRecord;

/** One event of every kind with every field filled, from a realistic card-fraud complaint at a Chinese bank. */
final class SampleEvents {

    static final String CASE_ID = "c-7f3e9a12-5b4d-4c1e-9f2a-3d8b6e0c1a57";
    static final String CASE_NUMBER = "CMP-20250314-000123";
    private static final Instant RECEIVED_AT = Instant.parse("2025-03-14T01:42:17.250Z");

    private SampleEvents() {
    }

    static List<SpecificRecord> all() {
        return List.of(channelSubmission(), complaintRegistered(), caseUpdate(), complaintGraded(),
                incidentDetected(), slaEvent(), notificationRequested(), notificationOutcome(), surveyResponse());
    }

    static ChannelSubmission channelSubmission() {
        return ChannelSubmission.newBuilder()
                .setEventId(UUID.fromString("0b6f8a2e-3c1d-4e5f-9a7b-8c9d0e1f2a3b"))
                .setCaseId(CASE_ID)
                .setOccurredAt(RECEIVED_AT.plusMillis(830))
                .setSource("hotline-ivr-sh")
                .setChannel("95588 hotline")
                .setChannelMessageId("IVR-20250314-094217-0042")
                .setReceivedAt(RECEIVED_AT)
                .setReceivedZoneId("Asia/Shanghai")
                .setCustomerReference("6222 **** **** 4821")
                .setContact(SubmittedContact.newBuilder()
                        .setPhone("+86 138 0013 1234")
                        .setEmail("zhang.wei@example.com")
                        .setAppPushId("apns-1f9c2b7e44d0")
                        .setPreferredContactChannel("短信")
                        .setPreferredLanguage("中文")
                        .build())
                .setCustomerSegment("私行")
                .setProduct("信用卡")
                .setAmountAsWritten("¥12,000.50")
                .setText("我的信用卡昨晚在境外被盗刷12000.50元，我本人一直在上海，请尽快处理并冻结卡片。")
                .setChannelCodes(Map.of("categoryCode", "CC-0402", "queue", "cards-fraud"))
                .setFirstContactOwner(firstContactOwner())
                .build();
    }

    static ComplaintRegistered complaintRegistered() {
        return ComplaintRegistered.newBuilder()
                .setEventId(UUID.fromString("5d2c9e41-7a8b-4f0c-b1d2-e3f4a5b6c7d8"))
                .setCaseId(CASE_ID)
                .setOccurredAt(RECEIVED_AT.plusSeconds(2))
                .setSource("intake-service")
                .setCaseNumber(CASE_NUMBER)
                .setChannel(Channel.PHONE_HOTLINE)
                .setChannelMessageId("IVR-20250314-094217-0042")
                .setReceivedAt(RECEIVED_AT)
                .setReceivedZoneId("Asia/Shanghai")
                .setFirstContactOwner(firstContactOwner())
                .setCustomer(Customer.newBuilder()
                        .setPseudonymousId("cust-9b1f3e7a64c2d805")
                        .setSegment(CustomerSegment.HIGH_NET_WORTH)
                        .setLanguage("zh-CN")
                        .setEncryptedContact(EncryptedContact.newBuilder()
                                .setKeyId("contact-2025-01")
                                .setAlgorithm("AES-256-GCM")
                                .setNonce(ByteBuffer.wrap(new byte[] {
                                        0x1a, 0x2b, 0x3c, 0x4d, 0x5e, 0x6f, 0x70, 0x01, 0x12, 0x23, 0x34, 0x45}))
                                .setCiphertext(ByteBuffer.wrap(new byte[] {
                                        (byte) 0x9f, 0x41, 0x07, (byte) 0xc2, 0x5a, (byte) 0xe8, 0x13, 0x6d,
                                        (byte) 0xb0, 0x2e, 0x77, (byte) 0xf1, 0x04, (byte) 0x88, 0x39, 0x5c}))
                                .build())
                        .setMaskedContact(MaskedContact.newBuilder()
                                .setPhone("138****1234")
                                .setEmail("z***@example.com")
                                .setHasAppPush(true)
                                .build())
                        .setPreferredNotificationChannels(List.of(NotificationChannel.SMS, NotificationChannel.PUSH))
                        .build())
                .setProduct("credit card")
                .setAmountAtStake(money("12000.50", "CNY"))
                .setRedactedText("我的信用卡昨晚在境外被盗刷12000.50元，我本人一直在[CITY]，请尽快处理并冻结卡片。")
                .setChannelCategoryCode("CC-0402")
                .setSubmittedBy("hotline-ivr")
                .build();
    }

    static CaseUpdate caseUpdate() {
        return CaseUpdate.newBuilder()
                .setEventId(UUID.fromString("8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968"))
                .setCaseId(CASE_ID)
                .setOccurredAt(Instant.parse("2025-03-21T07:15:00Z"))
                .setSource("intake-service")
                .setUpdateType(CaseUpdateType.RESOLVED)
                .setActor("E10023871")
                .setNote("Card scheme confirmed the transactions as counterfeit-card fraud; card replaced.")
                .setResolution(Resolution.newBuilder()
                        .setOutcome(ResolutionOutcome.UPHELD)
                        .setRemedy("Full refund of the disputed amount and waiver of the card replacement fee.")
                        .setAmountRefunded(money("12000.50", "CNY"))
                        .setResponsibleParty("bank")
                        .setNextSteps("If you disagree you may refer the complaint to the National Financial "
                                + "Regulatory Administration hotline 12378 or the financial dispute mediation centre.")
                        .setRegulatorRecourseNotified(true)
                        .build())
                .setExtension(ExtensionGrant.newBuilder()
                        .setRequestedWorkingDays(5)
                        .setReason("Awaiting the card scheme's chargeback decision.")
                        .setApprovedBy("E10004512")
                        .build())
                .setTierChange(TierChangeRequest.newBuilder()
                        .setRequestedTier(2)
                        .setReason("Funds refunded in full; no remaining loss or systemic impact.")
                        .build())
                .setNewLoss(money("300000", "JPY"))
                .setStage(CaseStage.OPEN)
                .build();
    }

    static ComplaintGraded complaintGraded() {
        return ComplaintGraded.newBuilder()
                .setEventId(UUID.fromString("2f1e0d9c-8b7a-4695-a4b3-c2d1e0f9a8b7"))
                .setCaseId(CASE_ID)
                .setOccurredAt(RECEIVED_AT.plusSeconds(3))
                .setSource("grading-service")
                .setCaseNumber(CASE_NUMBER)
                .setPrimaryCategory(Category.FRAUD)
                .setSecondaryCategories(List.of(Category.INFORMATION_SECURITY))
                .setTier(2)
                .setPriority(1)
                .setPreviousTier(3)
                .setGradingReason(GradingReason.REGRADED_INCIDENT)
                .setRepeatLink(RepeatLink.newBuilder()
                        .setEarlierCaseIds(List.of("c-1a2b3c4d-0000-4000-8000-000000000001"))
                        .setMergedIntoCaseId("c-1a2b3c4d-0000-4000-8000-000000000001")
                        .build())
                .setIncidentId("INC-20250314-FRAUD-01")
                .setFiredRules(List.of(
                        FiredRule.newBuilder()
                                .setRuleId("category.fraud.zh")
                                .setDescription("Unauthorised card use reported in Chinese")
                                .setEvidence("盗刷")
                                .build(),
                        FiredRule.newBuilder()
                                .setRuleId("tier2.funds-lost")
                                .setDescription("Customer reports funds lost")
                                .setEvidence("amountAtStake CNY 12000.50 >= 1000.00")
                                .build()))
                .setRuleSetVersion("2025.03.1")
                .build();
    }

    static IncidentDetected incidentDetected() {
        return IncidentDetected.newBuilder()
                .setEventId(UUID.fromString("6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d"))
                .setCaseId(CASE_ID)
                .setOccurredAt(RECEIVED_AT.plusSeconds(3))
                .setSource("grading-service")
                .setIncidentId("INC-20250314-FRAUD-01")
                .setCategory(Category.FRAUD)
                .setWindowStart(Instant.parse("2025-03-14T00:45:00Z"))
                .setWindowEnd(Instant.parse("2025-03-14T01:45:00Z"))
                .setCount(27)
                .setThreshold(25)
                .setCaseIds(List.of("c-44e1b0a2-6c1f-4d5e-8a9b-0c1d2e3f4a5b", CASE_ID))
                .build();
    }

    static SlaEvent slaEvent() {
        return SlaEvent.newBuilder()
                .setEventId(UUID.fromString("9c8b7a6f-5e4d-4c3b-8a29-1f0e9d8c7b6a"))
                .setCaseId(CASE_ID)
                .setOccurredAt(Instant.parse("2025-03-18T01:42:17.250Z"))
                .setSource("sla-service")
                .setType(SlaEventType.WARNING)
                .setClockKind(ClockKind.RESOLUTION)
                .setClockId(CASE_ID + ":RESOLUTION")
                .setTier(2)
                .setPolicyId("cn-nfra-2024@3")
                .setCalendarId("CN-mainland-2025")
                .setDeadline(Instant.parse("2025-03-21T01:42:17.250Z"))
                .setTargetDescription("5 working days")
                .setElapsedBusinessMillis(97_200_000L)
                .setWarningFraction(0.75)
                .setLateByMillis(42_000L)
                .setEscalationTarget("branch-manager")
                .setDeadlineProvisional(true)
                .setCalendarVersion(2)
                .setPreviousDeadline(Instant.parse("2025-03-13T16:00:00Z"))
                .build();
    }

    static NotificationRequested notificationRequested() {
        return NotificationRequested.newBuilder()
                .setEventId(UUID.fromString("5d4c3b2a-1f0e-4d9c-8b7a-695847362514"))
                .setCaseId(CASE_ID)
                .setOccurredAt(Instant.parse("2025-03-18T01:42:17.300Z"))
                .setSource("notification-service")
                .setMessageKey(CASE_ID + ":9c8b7a6f-5e4d-4c3b-8a29-1f0e9d8c7b6a:STAFF_ESCALATION")
                .setMessageKind(MessageKind.STAFF_ESCALATION)
                .setTriggeringEventId("9c8b7a6f-5e4d-4c3b-8a29-1f0e9d8c7b6a")
                .setTriggeredAt(Instant.parse("2025-03-18T01:42:17.250Z"))
                .setAudience(Audience.STAFF)
                .setStaffRoles(List.of("CASE_OWNER", "UNIT_MANAGER"))
                .setCaseNumber(CASE_NUMBER)
                .setReceivedAt(RECEIVED_AT)
                .setZoneId("Asia/Shanghai")
                .setLanguage("zh-CN")
                .setTier(2)
                .setOwnerStaffId("E10023871")
                .setOwnerUnitId("SH-PD-0042")
                .setEncryptedContact(EncryptedContact.newBuilder()
                        .setKeyId("contact-2025-01")
                        .setAlgorithm("AES-256-GCM")
                        .setNonce(ByteBuffer.wrap(new byte[] {0x1a, 0x2b, 0x3c, 0x4d, 0x5e, 0x6f, 0x70, 0x01}))
                        .setCiphertext(ByteBuffer.wrap(new byte[] {(byte) 0x9f, 0x41, 0x07, (byte) 0xc2}))
                        .build())
                .setMaskedContact(MaskedContact.newBuilder()
                        .setPhone("138****1234")
                        .setEmail("z***@example.com")
                        .setHasAppPush(true)
                        .build())
                .setPreferredChannels(List.of(NotificationChannel.SMS, NotificationChannel.EMAIL))
                .setTemplateValues(Map.of("clockKind", "RESOLUTION", "warning", true, "warningPercent", 75L))
                .setAfterQuietHours(true)
                .build();
    }

    static NotificationOutcome notificationOutcome() {
        return NotificationOutcome.newBuilder()
                .setEventId(UUID.fromString("3b2a1f0e-9d8c-4b7a-a695-8483726150f4"))
                .setCaseId(CASE_ID)
                .setOccurredAt(RECEIVED_AT.plusSeconds(5))
                .setSource("notification-service")
                .setStatus(NotificationStatus.RETRYING)
                .setChannel(NotificationChannel.SMS)
                .setMessageKind(MessageKind.ACKNOWLEDGEMENT)
                .setTemplateId("acknowledgement@2")
                .setLanguage("zh-CN")
                .setAttempt(2)
                .setDeliveryKey(CASE_ID + ":ACKNOWLEDGEMENT:SMS")
                .setMaskedRecipient("138****1234")
                .setFailureReason("SMS gateway HTTP 503, retry after 30 s")
                .setProviderMessageId("smsgw-20250314-8f21c0")
                .build();
    }

    static SurveyResponse surveyResponse() {
        return SurveyResponse.newBuilder()
                .setEventId(UUID.fromString("7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910"))
                .setCaseId(CASE_ID)
                .setOccurredAt(Instant.parse("2025-03-22T02:10:05.120Z"))
                .setSource("notification-service survey endpoint")
                .setSurveyId("SRV-" + CASE_NUMBER)
                .setCsat(4)
                .setNps(8)
                .setRedactedComment("处理很及时，但第一次打电话等了很久。")
                .setRespondedAt(Instant.parse("2025-03-22T02:10:04Z"))
                .build();
    }

    private static FirstContactOwner firstContactOwner() {
        return FirstContactOwner.newBuilder().setStaffId("E10023871").setUnitId("CC-SH-HOTLINE").build();
    }

    /** Money at the contract's scale of 4, as producers must write it. */
    private static Money money(String amount, String currency) {
        return Money.newBuilder().setAmount(new BigDecimal(amount).setScale(4)).setCurrency(currency).build();
    }
}
