package com.redress.platform.events;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;

import com.redress.contract.Topics;
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

/**
 * One event of every type of the contract with every optional field set, on realistic Chinese and English bank data
 * (invented people, reserved phone numbers and example domains), for tests that must exercise each field.
 */
public final class SampleEvents {

    public static final String CASE_ID = "C-2026-000118";
    private static final Instant RECEIVED_AT = Instant.parse("2026-03-02T01:30:15.123Z");
    private static final Instant REGISTERED_AT = Instant.parse("2026-03-02T01:30:16.450Z");

    private SampleEvents() {
    }

    /** Every event type, keyed by the catalog topic that carries it, in the catalog's order. */
    public static Map<String, SpecificRecord> byTopic() {
        Map<String, SpecificRecord> events = new LinkedHashMap<>();
        events.put(Topics.COMPLAINTS_SUBMITTED, channelSubmission("wx-20260302-8827361"));
        events.put(Topics.COMPLAINTS_REGISTERED, complaintRegistered());
        events.put(Topics.COMPLAINTS_UPDATES, caseUpdate());
        events.put(Topics.COMPLAINTS_GRADED, complaintGraded());
        events.put(Topics.COMPLAINTS_INCIDENTS, incidentDetected());
        events.put(Topics.SLA_EVENTS, slaEvent());
        events.put(Topics.NOTIFICATIONS_REQUESTED, notificationRequested());
        events.put(Topics.NOTIFICATIONS_OUTCOMES, notificationOutcome());
        events.put(Topics.SURVEYS_RESPONSES, surveyResponse());
        return events;
    }

    /** A WeChat complaint about a duplicated card charge, as the channel system submitted it. */
    public static ChannelSubmission channelSubmission(String channelMessageId) {
        return ChannelSubmission.newBuilder()
                .setEventId(UUID.fromString("6f1c2b7e-8a4d-4c1e-9b0a-3d2f5e6a7b8c"))
                .setCaseId(CASE_ID)
                .setOccurredAt(RECEIVED_AT)
                .setSource("wechat-gateway")
                .setChannel("wechat")
                .setChannelMessageId(channelMessageId)
                .setReceivedAt(RECEIVED_AT)
                .setReceivedZoneId("Asia/Shanghai")
                .setCustomerReference("CN-CUST-58213377")
                .setContact(SubmittedContact.newBuilder()
                        .setPhone("+86 138 0013 8000")
                        .setEmail("li.wei@example.cn")
                        .setAppPushId("push-7f3a9c21")
                        .setPreferredContactChannel("SMS")
                        .setPreferredLanguage("zh-CN")
                        .build())
                .setCustomerSegment("MASS_AFFLUENT")
                .setProduct("信用卡 Platinum Credit Card")
                .setAmountAsWritten("人民币 12,800.00 元")
                .setText("本人尾号 8842 的信用卡于 3 月 1 日被重复扣款两次，每笔 12,800 元，客服热线一直无人接听，"
                        + "要求尽快退款并说明原因。My card was charged twice; please refund the duplicate.")
                .setChannelCodes(Map.of("wechat.scene", "公众号投诉", "wechat.msgType", "text"))
                .setFirstContactOwner(FirstContactOwner.newBuilder()
                        .setStaffId("S-0571-0042")
                        .setUnitId("HZ-BR-0571")
                        .build())
                .build();
    }

    public static ComplaintRegistered complaintRegistered() {
        return ComplaintRegistered.newBuilder()
                .setEventId(UUID.fromString("0b5e3a1d-2c4f-4e6a-8b7c-9d0e1f2a3b4c"))
                .setCaseId(CASE_ID)
                .setOccurredAt(REGISTERED_AT)
                .setSource("intake-service")
                .setCaseNumber("CMP-2026-03-000118")
                .setChannel(Channel.WECHAT)
                .setChannelMessageId("wx-20260302-8827361")
                .setReceivedAt(RECEIVED_AT)
                .setReceivedZoneId("Asia/Shanghai")
                .setFirstContactOwner(FirstContactOwner.newBuilder()
                        .setStaffId("S-0571-0042")
                        .setUnitId("HZ-BR-0571")
                        .build())
                .setCustomer(Customer.newBuilder()
                        .setPseudonymousId("psn-9c1e0a77d2")
                        .setSegment(CustomerSegment.HIGH_NET_WORTH)
                        .setLanguage("zh-CN")
                        .setEncryptedContact(EncryptedContact.newBuilder()
                                .setKeyId("kms://redress/contact/2026-03")
                                .setAlgorithm("AES-256-GCM")
                                .setNonce(bytes(0x9a, 0x01, 0x7f, 0x00, 0xff, 0x10, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77))
                                .setCiphertext(bytes(0x00, 0xde, 0xad, 0xbe, 0xef, 0x80, 0x7f, 0x01))
                                .build())
                        .setMaskedContact(MaskedContact.newBuilder()
                                .setPhone("138****8000")
                                .setEmail("l***@example.cn")
                                .setHasAppPush(true)
                                .build())
                        .setPreferredNotificationChannels(List.of(NotificationChannel.SMS, NotificationChannel.PUSH))
                        .build())
                .setProduct("信用卡 Platinum Credit Card")
                .setAmountAtStake(money("25600.0000", "CNY"))
                .setRedactedText("本人尾号 **** 的信用卡于 3 月 1 日被重复扣款两次，每笔 12,800 元。"
                        + "My card was charged twice.")
                .setChannelCategoryCode("WX-DUP-CHARGE")
                .setSubmittedBy("wechat-service-account")
                .build();
    }

    public static CaseUpdate caseUpdate() {
        return CaseUpdate.newBuilder()
                .setEventId(UUID.fromString("a3c9e1f0-5b7d-4a2e-9c8b-1d3f5a7c9e0b"))
                .setCaseId(CASE_ID)
                .setOccurredAt(Instant.parse("2026-03-05T08:12:00.007Z"))
                .setSource("case-handling-system")
                .setUpdateType(CaseUpdateType.RESOLVED)
                .setActor("staff:S-0571-0107")
                .setNote("已与客户电话沟通，确认重复扣款系清算系统故障所致。Duplicate caused by a clearing fault.")
                .setResolution(Resolution.newBuilder()
                        .setOutcome(ResolutionOutcome.UPHELD)
                        .setRemedy("全额退还重复扣款并免除当期利息 / full refund and interest waived")
                        .setAmountRefunded(money("12800.0000", "CNY"))
                        .setResponsibleParty("清算运营部 Clearing Operations")
                        .setNextSteps("客户如不满意，可向国家金融监督管理总局投诉。")
                        .setRegulatorRecourseNotified(true)
                        .build())
                .setExtension(ExtensionGrant.newBuilder()
                        .setRequestedWorkingDays(5)
                        .setReason("需调取卡组织交易流水 / card-scheme records needed")
                        .setApprovedBy("S-0571-0001")
                        .build())
                .setTierChange(TierChangeRequest.newBuilder()
                        .setRequestedTier(2)
                        .setReason("客户资金损失 funds lost")
                        .build())
                .setNewLoss(money("1999.9900", "USD"))
                .setStage(CaseStage.OPEN)
                .build();
    }

    public static ComplaintGraded complaintGraded() {
        return ComplaintGraded.newBuilder()
                .setEventId(UUID.fromString("c4d5e6f7-0812-4a3b-9c4d-5e6f70819203"))
                .setCaseId(CASE_ID)
                .setOccurredAt(Instant.parse("2026-03-02T01:30:17.001Z"))
                .setSource("grading-service")
                .setCaseNumber("CMP-2026-03-000118")
                .setPrimaryCategory(Category.FEES_CHARGES)
                .setSecondaryCategories(List.of(Category.SYSTEM_CHANNEL_AVAILABILITY, Category.STAFF_CONDUCT))
                .setTier(2)
                .setPriority(1)
                .setPreviousTier(3)
                .setGradingReason(GradingReason.REGRADED_REGULATOR)
                .setRepeatLink(RepeatLink.newBuilder()
                        .setEarlierCaseIds(List.of("C-2025-009871", "C-2026-000031"))
                        .setMergedIntoCaseId("C-2025-009871")
                        .build())
                .setIncidentId("INC-2026-03-02-CLEARING")
                .setFiredRules(List.of(
                        FiredRule.newBuilder()
                                .setRuleId("fees.duplicate-charge")
                                .setDescription("重复扣款 duplicate charge")
                                .setEvidence("text contains \"重复扣款\"")
                                .build(),
                        FiredRule.newBuilder()
                                .setRuleId("tier2.funds-lost")
                                .setDescription("客户资金损失 funds lost")
                                .setEvidence("amountAtStake 25600.0000 CNY ≥ 10000")
                                .build()))
                .setRuleSetVersion("2026.03.1")
                .build();
    }

    public static IncidentDetected incidentDetected() {
        return IncidentDetected.newBuilder()
                .setEventId(UUID.fromString("d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6"))
                .setCaseId(CASE_ID)
                .setOccurredAt(Instant.parse("2026-03-02T01:31:00.000Z"))
                .setSource("grading-service")
                .setIncidentId("INC-2026-03-02-CLEARING")
                .setCategory(Category.SYSTEM_CHANNEL_AVAILABILITY)
                .setWindowStart(Instant.parse("2026-03-02T00:30:00.000Z"))
                .setWindowEnd(Instant.parse("2026-03-02T01:30:00.000Z"))
                .setCount(37)
                .setThreshold(25)
                .setCaseIds(List.of("C-2026-000101", "C-2026-000107", CASE_ID))
                .build();
    }

    public static SlaEvent slaEvent() {
        return SlaEvent.newBuilder()
                .setEventId(UUID.fromString("e7f8a9b0-c1d2-4e3f-a4b5-c6d7e8f90a1b"))
                .setCaseId(CASE_ID)
                .setOccurredAt(Instant.parse("2026-03-06T06:00:00.250Z"))
                .setSource("sla-service")
                .setType(SlaEventType.BREACHED)
                .setClockKind(ClockKind.RESOLUTION)
                .setClockId(CASE_ID + ":RESOLUTION")
                .setTier(2)
                .setPolicyId("cn-nfra-2024")
                .setCalendarId("CN-mainland-2026")
                .setDeadline(Instant.parse("2026-03-06T10:00:00.000Z"))
                .setTargetDescription("5 个工作日内办结 / resolve within 5 working days")
                .setElapsedBusinessMillis(144_000_000L)
                .setWarningFraction(0.9)
                .setLateByMillis(3_600_000L)
                .setEscalationTarget("分行行长 branch president HZ-BR-0571")
                .setDeadlineProvisional(true)
                .setCalendarVersion(3)
                .setPreviousDeadline(Instant.parse("2026-03-05T16:00:00.000Z"))
                .build();
    }

    /** The acknowledgement the registration calls for, as notification-service's planning requests it. */
    public static NotificationRequested notificationRequested() {
        return NotificationRequested.newBuilder()
                .setEventId(UUID.fromString("e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7"))
                .setCaseId(CASE_ID)
                .setOccurredAt(Instant.parse("2026-03-02T01:35:01.500Z"))
                .setSource("notification-service")
                .setMessageKey(CASE_ID + ":0b7c4f0e-2a61-4a8e-9d1e-3c2f8f1b5a10:ACKNOWLEDGEMENT")
                .setMessageKind(MessageKind.ACKNOWLEDGEMENT)
                .setTriggeringEventId("0b7c4f0e-2a61-4a8e-9d1e-3c2f8f1b5a10")
                .setTriggeredAt(REGISTERED_AT)
                .setAudience(Audience.CUSTOMER)
                .setStaffRoles(List.of("CASE_OWNER"))
                .setCaseNumber("CMP-20260302-000118")
                .setReceivedAt(RECEIVED_AT)
                .setZoneId("Asia/Shanghai")
                .setLanguage("zh-CN")
                .setTier(3)
                .setOwnerStaffId("E10023871")
                .setOwnerUnitId("SH-PD-0042")
                .setEncryptedContact(EncryptedContact.newBuilder()
                        .setKeyId("contact-2026-01")
                        .setAlgorithm("AES-256-GCM")
                        .setNonce(bytes(0x9a, 0x01, 0x7f, 0x00, 0xff, 0x10, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77))
                        .setCiphertext(bytes(0x00, 0xde, 0xad, 0xbe, 0xef, 0x80, 0x7f, 0x01))
                        .build())
                .setMaskedContact(MaskedContact.newBuilder()
                        .setPhone("138****1234")
                        .setEmail("l***@example.com")
                        .setHasAppPush(false)
                        .build())
                .setPreferredChannels(List.of(NotificationChannel.EMAIL, NotificationChannel.SMS))
                .setTemplateValues(Map.of("note", "已受理", "escalated", false, "tier", 3L))
                .setAfterQuietHours(false)
                .build();
    }

    public static NotificationOutcome notificationOutcome() {
        return NotificationOutcome.newBuilder()
                .setEventId(UUID.fromString("f0a1b2c3-d4e5-4f60-8718-293a4b5c6d7e"))
                .setCaseId(CASE_ID)
                .setOccurredAt(Instant.parse("2026-03-02T01:35:02.999Z"))
                .setSource("notification-service")
                .setStatus(NotificationStatus.RETRYING)
                .setChannel(NotificationChannel.SMS)
                .setMessageKind(MessageKind.ACKNOWLEDGEMENT)
                .setTemplateId("ack.sms.zh-CN.v3")
                .setLanguage("zh-CN")
                .setAttempt(2)
                .setDeliveryKey(CASE_ID + ":ACKNOWLEDGEMENT:SMS")
                .setMaskedRecipient("138****8000")
                .setFailureReason("短信网关超时 SMS gateway timeout (HTTP 504)")
                .setProviderMessageId("sms-gw-20260302-000457")
                .build();
    }

    public static SurveyResponse surveyResponse() {
        return SurveyResponse.newBuilder()
                .setEventId(UUID.fromString("0a1b2c3d-4e5f-4071-8293-a4b5c6d7e8f9"))
                .setCaseId(CASE_ID)
                .setOccurredAt(Instant.parse("2026-03-09T02:00:00.000Z"))
                .setSource("notification-service")
                .setSurveyId("SRV-2026-03-000118")
                .setCsat(4)
                .setNps(9)
                .setRedactedComment("处理及时，但热线等待时间太长。Quick fix, long hotline wait.")
                .setRespondedAt(Instant.parse("2026-03-09T03:14:15.926Z"))
                .build();
    }

    private static Money money(String amount, String currency) {
        return Money.newBuilder().setAmount(new BigDecimal(amount)).setCurrency(currency).build();
    }

    private static ByteBuffer bytes(int... values) {
        byte[] array = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            array[i] = (byte) values[i];
        }
        return ByteBuffer.wrap(array);
    }
}
