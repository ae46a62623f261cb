package com.redress.bench.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.avro.specific.SpecificRecord;

import com.redress.contract.Topics;
import com.redress.events.common.NotificationChannel;
import com.redress.events.grading.Category;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.grading.FiredRule;
import com.redress.events.grading.GradingReason;
import com.redress.events.intake.CaseStage;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.Channel;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.intake.Customer;
import com.redress.events.intake.CustomerSegment;
import com.redress.events.intake.FirstContactOwner;
import com.redress.events.intake.MaskedContact;
import com.redress.events.intake.Resolution;
import com.redress.events.intake.ResolutionOutcome;
import com.redress.events.notification.MessageKind;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationStatus;
import com.redress.events.sla.ClockKind;
import com.redress.events.sla.SlaEvent;
import com.redress.events.sla.SlaEventType;
import com.redress.platform.privacy.ContactCipher;
import com.redress.platform.privacy.ContactDetails;
import com.redress.platform.privacy.ContactKeyProperties;

/**
 * A year of closed cases, one case at a time: its registration (contact details encrypted as intake encrypts them),
 * grade, acknowledgement, resolution and closure, its two SLA clocks started and met, and the four customer messages
 * sent for it, all under its case id and dated as they would have happened. Case {@code i} of {@code cases} was
 * received {@code i/cases} of the way through the 335 days that end a month before {@code end}, so every case is
 * closed by then. Three customers in four are written to by e-mail, the fourth by SMS.
 */
public final class HistoryGenerator {

    /** The sandbox profile's demonstration contact key (public, worthless outside the sandbox). */
    static final String SANDBOX_CONTACT_KEY_ID = "sandbox-2026-01";
    static final String SANDBOX_CONTACT_KEY = "c2FuZGJveC1jb250YWN0LWtleS0yMDI2LTAxLTMyYnk=";
    static final String SOURCE_SUFFIX = " (history)";

    /** Events per case: registration, grade, three updates, four SLA events, four outcomes. */
    public static final int RECORDS_PER_CASE = 13;

    private static final Duration RECEIVING_SPAN = Duration.ofDays(335);
    private static final Duration CLOSED_BEFORE_END = Duration.ofDays(30);

    private record Profile(Channel channel, String zone, String language, String product, String text,
            Category category, int tier) {
    }

    private static final List<Profile> PROFILES = List.of(
            new Profile(Channel.MOBILE_BANKING, "Asia/Shanghai", "zh-CN", "手机银行",
                    "手机银行APP从早上九点开始一直登录不了，提示系统繁忙，工资今天到账急着转账交房租。",
                    Category.SYSTEM_CHANNEL_AVAILABILITY, 3),
            new Profile(Channel.PHONE_HOTLINE, "Asia/Shanghai", "zh-CN", "借记卡",
                    "我的借记卡昨天晚上被盗刷了[AMOUNT]，消费地点却显示在深圳，请尽快冻结并退款。",
                    Category.FRAUD, 2),
            new Profile(Channel.WEB_BANKING, "Europe/London", "en", "current account",
                    "I was charged an unarranged overdraft fee although my salary arrived the same morning.",
                    Category.FEES_CHARGES, 4),
            new Profile(Channel.EMAIL, "Europe/London", "en", "mobile banking",
                    "The mobile app has been down all morning and I cannot pay my rent.",
                    Category.SYSTEM_CHANNEL_AVAILABILITY, 3));

    private final int cases;
    private final Instant firstReceived;
    private final long caseIdPrefix;
    private final ContactCipher cipher;

    /**
     * @param cases   how many cases the history holds
     * @param end     the moment the history ends (now, for a load)
     * @param runSalt makes this run's case ids its own
     */
    public HistoryGenerator(int cases, Instant end, long runSalt) {
        this.cases = cases;
        this.firstReceived = end.minus(CLOSED_BEFORE_END).minus(RECEIVING_SPAN);
        // a version-4 UUID's version nibble, the rest of the high half from the salt
        this.caseIdPrefix = (runSalt & ~0xF000L) | 0x4000L;
        this.cipher = new ContactCipher(new ContactKeyProperties(Map.of(SANDBOX_CONTACT_KEY_ID, SANDBOX_CONTACT_KEY),
                SANDBOX_CONTACT_KEY_ID));
    }

    public int cases() {
        return cases;
    }

    /** The case id of case {@code sequence}: a UUID, as intake's API expects. */
    public String caseId(int sequence) {
        return new UUID(caseIdPrefix, 0x8000_0000_0000_0000L | sequence).toString();
    }

    /** The case's number as intake would have given it. */
    public static String caseNumber(int sequence) {
        return "HIST-" + sequence;
    }

    /**
     * The registration of the {@code n}th case opened after the history, received {@code at}: a case id of this run
     * beyond the history's, with an e-mail address, so that it is owed an acknowledgement.
     */
    public HistoryRecord freshRegistration(int n, Instant at) {
        int sequence = cases + n;
        // an e-mail customer whatever n is: sequence % 4 == 3 would be written to by SMS
        int emailSequence = sequence % 4 == 3 ? sequence + 1 : sequence;
        String caseId = caseId(emailSequence);
        return record(Topics.COMPLAINTS_REGISTERED, caseId, at, registration(emailSequence, caseId,
                PROFILES.get(emailSequence % PROFILES.size()), false, at.minusSeconds(2), at));
    }

    /** Every event of case {@code sequence}, in the order they happened. */
    public List<HistoryRecord> recordsOf(int sequence) {
        String caseId = caseId(sequence);
        Profile profile = PROFILES.get(sequence % PROFILES.size());
        boolean bySms = sequence % 4 == 3;
        Instant received = firstReceived.plusMillis(RECEIVING_SPAN.toMillis() * sequence / cases);
        Instant registeredAt = received.plusSeconds(2);
        Instant acknowledgedAt = received.plus(Duration.ofHours(20));
        Instant resolvedAt = received.plus(Duration.ofDays(9));
        Instant closedAt = received.plus(Duration.ofDays(12));

        ComplaintRegistered registered = registration(sequence, caseId, profile, bySms, received, registeredAt);
        CaseUpdate acknowledged = update(caseId, CaseUpdateType.ACKNOWLEDGED, CaseStage.OPEN, acknowledgedAt, null);
        CaseUpdate resolved = update(caseId, CaseUpdateType.RESOLVED, CaseStage.RESOLVED, resolvedAt,
                Resolution.newBuilder().setOutcome(ResolutionOutcome.UPHELD)
                        .setRemedy("Fee refunded and an apology sent.").setAmountRefunded(null)
                        .setResponsibleParty("bank")
                        .setNextSteps("If you disagree you may refer the complaint to the ombudsman.")
                        .setRegulatorRecourseNotified(true).build());
        CaseUpdate closed = update(caseId, CaseUpdateType.CLOSED, CaseStage.CLOSED, closedAt, null);

        List<HistoryRecord> records = new ArrayList<>(RECORDS_PER_CASE);
        records.add(record(Topics.COMPLAINTS_REGISTERED, caseId, registeredAt, registered));
        records.add(record(Topics.COMPLAINTS_GRADED, caseId, registeredAt.plusSeconds(1),
                grade(sequence, caseId, profile, registeredAt.plusSeconds(1))));
        records.add(record(Topics.SLA_EVENTS, caseId, registeredAt.plusSeconds(1),
                slaEvent(caseId, SlaEventType.STARTED, ClockKind.ACKNOWLEDGE, profile, registeredAt.plusSeconds(1),
                        received.plus(Duration.ofDays(1)), 0)));
        records.add(record(Topics.SLA_EVENTS, caseId, registeredAt.plusSeconds(1),
                slaEvent(caseId, SlaEventType.STARTED, ClockKind.RESOLUTION, profile, registeredAt.plusSeconds(1),
                        received.plus(Duration.ofDays(15)), 0)));
        records.add(record(Topics.NOTIFICATIONS_OUTCOMES, caseId, registeredAt.plusSeconds(3),
                outcome(caseId, registered.getEventId(), MessageKind.ACKNOWLEDGEMENT, profile, bySms,
                        registeredAt.plusSeconds(3))));
        records.add(record(Topics.COMPLAINTS_UPDATES, caseId, acknowledgedAt, acknowledged));
        records.add(record(Topics.SLA_EVENTS, caseId, acknowledgedAt.plusSeconds(1),
                slaEvent(caseId, SlaEventType.MET, ClockKind.ACKNOWLEDGE, profile, acknowledgedAt.plusSeconds(1),
                        received.plus(Duration.ofDays(1)), Duration.ofHours(20).toMillis())));
        records.add(record(Topics.NOTIFICATIONS_OUTCOMES, caseId, acknowledgedAt.plusSeconds(2),
                outcome(caseId, acknowledged.getEventId(), MessageKind.PROGRESS, profile, bySms,
                        acknowledgedAt.plusSeconds(2))));
        records.add(record(Topics.COMPLAINTS_UPDATES, caseId, resolvedAt, resolved));
        records.add(record(Topics.SLA_EVENTS, caseId, resolvedAt.plusSeconds(1),
                slaEvent(caseId, SlaEventType.MET, ClockKind.RESOLUTION, profile, resolvedAt.plusSeconds(1),
                        received.plus(Duration.ofDays(15)), Duration.ofDays(7).toMillis())));
        records.add(record(Topics.NOTIFICATIONS_OUTCOMES, caseId, resolvedAt.plusSeconds(2),
                outcome(caseId, resolved.getEventId(), MessageKind.RESULT, profile, bySms,
                        resolvedAt.plusSeconds(2))));
        records.add(record(Topics.COMPLAINTS_UPDATES, caseId, closedAt, closed));
        records.add(record(Topics.NOTIFICATIONS_OUTCOMES, caseId, closedAt.plus(Duration.ofDays(1)),
                outcome(caseId, closed.getEventId(), MessageKind.SURVEY, profile, bySms,
                        closedAt.plus(Duration.ofDays(1)))));
        return records;
    }

    private ComplaintRegistered registration(int sequence, String caseId, Profile profile, boolean bySms,
            Instant received, Instant registeredAt) {
        String email = bySms ? null : "customer" + sequence + "@history.example";
        String phone = bySms ? "+8613800" + String.format("%06d", sequence % 1_000_000) : null;
        return ComplaintRegistered.newBuilder()
                .setEventId(eventId())
                .setCaseId(caseId)
                .setOccurredAt(registeredAt)
                .setSource("intake-service" + SOURCE_SUFFIX)
                .setCaseNumber(caseNumber(sequence))
                .setChannel(profile.channel())
                .setChannelMessageId("HIST-" + caseIdPrefix + "-" + sequence)
                .setReceivedAt(received)
                .setReceivedZoneId(profile.zone())
                .setFirstContactOwner(FirstContactOwner.newBuilder().setStaffId("AGENT-" + (100 + sequence % 7))
                        .setUnitId("HISTORY-CENTRE").build())
                .setCustomer(Customer.newBuilder()
                        .setPseudonymousId("cust-" + Integer.toHexString(sequence * 31 + 7))
                        .setSegment(CustomerSegment.ORDINARY)
                        .setLanguage(profile.language())
                        .setEncryptedContact(cipher.encrypt(new ContactDetails(phone, email, null), caseId))
                        .setMaskedContact(MaskedContact.newBuilder()
                                .setPhone(bySms ? "138****" + phone.substring(phone.length() - 4) : null)
                                .setEmail(bySms ? null : "c***@history.example")
                                .setHasAppPush(false).build())
                        .setPreferredNotificationChannels(List.of(bySms ? NotificationChannel.SMS
                                : NotificationChannel.EMAIL))
                        .build())
                .setProduct(profile.product())
                .setAmountAtStake(null)
                .setRedactedText(profile.text())
                .setChannelCategoryCode(null)
                .setSubmittedBy("channel-simulator")
                .build();
    }

    private static ComplaintGraded grade(int sequence, String caseId, Profile profile, Instant at) {
        return ComplaintGraded.newBuilder()
                .setEventId(eventId())
                .setCaseId(caseId)
                .setOccurredAt(at)
                .setSource("grading-service" + SOURCE_SUFFIX)
                .setCaseNumber(caseNumber(sequence))
                .setPrimaryCategory(profile.category())
                .setSecondaryCategories(List.of())
                .setTier(profile.tier())
                .setPriority(profile.tier())
                .setPreviousTier(null)
                .setGradingReason(GradingReason.INITIAL)
                .setRepeatLink(null)
                .setIncidentId(null)
                .setFiredRules(List.of(FiredRule.newBuilder().setRuleId("category." + profile.category().name())
                        .setDescription("Category keywords").setEvidence(profile.product()).build()))
                .setRuleSetVersion("2026.11.1")
                .build();
    }

    private static CaseUpdate update(String caseId, CaseUpdateType type, CaseStage stage, Instant at,
            Resolution resolution) {
        return CaseUpdate.newBuilder()
                .setEventId(eventId())
                .setCaseId(caseId)
                .setOccurredAt(at)
                .setSource("intake-service" + SOURCE_SUFFIX)
                .setUpdateType(type)
                .setActor("E1002387")
                .setNote(null)
                .setResolution(resolution)
                .setExtension(null)
                .setTierChange(null)
                .setNewLoss(null)
                .setStage(stage)
                .build();
    }

    private static SlaEvent slaEvent(String caseId, SlaEventType type, ClockKind clock, Profile profile, Instant at,
            Instant deadline, long elapsedMillis) {
        return SlaEvent.newBuilder()
                .setEventId(eventId())
                .setCaseId(caseId)
                .setOccurredAt(at)
                .setSource("sla-service" + SOURCE_SUFFIX)
                .setType(type)
                .setClockKind(clock)
                .setClockId(caseId + ":" + clock.name())
                .setTier(profile.tier())
                .setPolicyId("cn-nfra-2024@3")
                .setCalendarId("CN-mainland-2026")
                .setDeadline(deadline)
                .setTargetDescription(clock == ClockKind.ACKNOWLEDGE ? "1 working day" : "15 days")
                .setElapsedBusinessMillis(elapsedMillis)
                .setWarningFraction(null)
                .setLateByMillis(null)
                .setEscalationTarget(null)
                .setDeadlineProvisional(false)
                .setCalendarVersion(1)
                .setPreviousDeadline(null)
                .build();
    }

    private static NotificationOutcome outcome(String caseId, UUID causeEventId, MessageKind kind, Profile profile,
            boolean bySms, Instant at) {
        NotificationChannel channel = bySms ? NotificationChannel.SMS : NotificationChannel.EMAIL;
        return NotificationOutcome.newBuilder()
                .setEventId(eventId())
                .setCaseId(caseId)
                .setOccurredAt(at)
                .setSource("notification-service" + SOURCE_SUFFIX)
                .setStatus(NotificationStatus.SENT)
                .setChannel(channel)
                .setMessageKind(kind)
                .setTemplateId(kind.name().toLowerCase() + "@1")
                .setLanguage(profile.language())
                .setAttempt(1)
                .setDeliveryKey(caseId + ":" + causeEventId + ":" + kind.name() + ":" + channel.name())
                .setMaskedRecipient(bySms ? "138****0000" : "c***@history.example")
                .setFailureReason(null)
                .setProviderMessageId(null)
                .build();
    }

    private static HistoryRecord record(String topic, String caseId, Instant at, SpecificRecord value) {
        return new HistoryRecord(topic, caseId, at.toEpochMilli(), value);
    }

    /** A random version-4 UUID without {@link UUID#randomUUID()}'s shared secure generator: ids, not secrets. */
    private static UUID eventId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
    }
}
