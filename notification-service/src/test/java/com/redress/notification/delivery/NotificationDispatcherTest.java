package com.redress.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import com.redress.events.common.NotificationChannel;
import com.redress.events.fixtures.EventFixtures;
import com.redress.events.intake.MaskedContact;
import com.redress.events.notification.MessageKind;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationStatus;
import com.redress.notification.cases.CaseView;
import com.redress.notification.channel.ChannelSender;
import com.redress.notification.channel.PermanentSendException;
import com.redress.notification.channel.TransientSendException;
import com.redress.notification.contact.CustomerContact;
import com.redress.notification.rules.PlannedMessage;
import com.redress.notification.rules.StaffRole;
import com.redress.notification.staff.StaffDirectory;
import com.redress.notification.staff.StaffDirectoryProperties;
import com.redress.notification.support.PlaintextContactDecryptor;
import com.redress.notification.support.TestEvents;
import com.redress.notification.template.RenderedEmail;
import com.redress.notification.template.RenderedSms;
import com.redress.notification.template.TemplateProperties;
import com.redress.notification.template.TemplateRenderer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Delivery of one planned message: once, on the right channel and language, every outcome reported. */
class NotificationDispatcherTest {

    private static final Instant DAYTIME_IN_SHANGHAI = Instant.parse("2025-03-14T02:00:00Z");
    private static final Instant NIGHT_IN_SHANGHAI = Instant.parse("2025-03-14T15:00:00Z");
    private static final CustomerContact CONTACT = new CustomerContact("+8613800001234", "li.wei@example.com", "push-77");
    private static final String EVENT_ID = "7d1c3b8e-5f0a-4c3e-9b9a-1f2e3d4c5b6a";
    private static final DeliveryKey ACKNOWLEDGEMENT_BY_EMAIL = new DeliveryKey("case-1", EVENT_ID,
            MessageKind.ACKNOWLEDGEMENT, NotificationChannel.EMAIL);

    private final List<NotificationOutcome> published = new ArrayList<>();
    private final DeliveryLedger ledger = new DeliveryLedger();
    private final RecordingChannelSender email = new RecordingChannelSender(NotificationChannel.EMAIL);
    private final RecordingChannelSender sms = new RecordingChannelSender(NotificationChannel.SMS);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void shouldSendAnAcknowledgementOnceAndSuppressItsRedelivery() {
        NotificationDispatcher dispatcher = dispatcher(DAYTIME_IN_SHANGHAI);
        NotificationRequest acknowledgement = customerRequest(caseView("zh-CN", List.of(), null),
                MessageKind.ACKNOWLEDGEMENT);

        dispatcher.dispatch(acknowledgement);
        dispatcher.dispatch(acknowledgement);

        assertThat(email.accepted).hasSize(1);
        assertThat(((RenderedEmail) email.accepted.get(0).content()).subject()).contains("您的投诉已受理");
        assertThat(published).extracting(NotificationOutcome::getStatus, NotificationOutcome::getAttempt)
                .containsExactly(tuple(NotificationStatus.SENT, 1), tuple(NotificationStatus.SUPPRESSED_DUPLICATE, 2));
        assertThat(published.get(0).getDeliveryKey()).isEqualTo("case-1:" + EVENT_ID + ":ACKNOWLEDGEMENT:EMAIL");
    }

    @Test
    void shouldSuppressAMessageTheLedgerReadBackAsSentBeforeARestart() {
        ledger.record(sentBefore());
        NotificationDispatcher dispatcher = dispatcher(DAYTIME_IN_SHANGHAI);

        dispatcher.dispatch(customerRequest(caseView("en", List.of(), null), MessageKind.ACKNOWLEDGEMENT));

        assertThat(email.accepted).isEmpty();
        assertThat(published).extracting(NotificationOutcome::getStatus)
                .containsExactly(NotificationStatus.SUPPRESSED_DUPLICATE);
    }

    @Test
    void shouldNeverPublishTheCustomersAddress() {
        dispatcher(DAYTIME_IN_SHANGHAI).dispatch(customerRequest(caseView("en", List.of(), null),
                MessageKind.ACKNOWLEDGEMENT));

        assertThat(published.get(0).getMaskedRecipient()).isEqualTo("l***@example.com");
        assertThat(published.get(0).toString()).doesNotContain("li.wei", "13800001234");
    }

    @Test
    void shouldFallBackToTheNextPreferredChannelWhenOneRefusesForGood() {
        sms.failingWith(new PermanentSendException("HTTP 400", null));

        dispatcher(DAYTIME_IN_SHANGHAI).dispatch(customerRequest(
                caseView("en", List.of(NotificationChannel.SMS, NotificationChannel.EMAIL), 3), MessageKind.PROGRESS));

        assertThat(email.accepted).hasSize(1);
        assertThat(published).extracting(NotificationOutcome::getChannel, NotificationOutcome::getStatus,
                NotificationOutcome::getFailureReason).containsExactly(
                tuple(NotificationChannel.SMS, NotificationStatus.FAILED, "HTTP 400"),
                tuple(NotificationChannel.EMAIL, NotificationStatus.SENT, null));
    }

    @Test
    void shouldRetryATransientFailureAndReportEveryAttempt() {
        email.failingWith(new TransientSendException("SMTP 451", null), new TransientSendException("SMTP 451", null));

        dispatcher(DAYTIME_IN_SHANGHAI).dispatch(customerRequest(caseView("en", List.of(), null), MessageKind.RESULT));

        assertThat(email.accepted).hasSize(1);
        assertThat(published).extracting(NotificationOutcome::getStatus, NotificationOutcome::getAttempt)
                .containsExactly(tuple(NotificationStatus.RETRYING, 1), tuple(NotificationStatus.RETRYING, 2),
                        tuple(NotificationStatus.SENT, 3));
    }

    @Test
    void shouldAskForTheEventAgainWhenNoChannelIsReachableAfterItsRetries() {
        email.failingWith(new TransientSendException("SMTP 421", null), new TransientSendException("SMTP 421", null),
                new TransientSendException("SMTP 421", null));
        NotificationDispatcher dispatcher = dispatcher(DAYTIME_IN_SHANGHAI);
        NotificationRequest request = customerRequest(caseView("en", List.of(NotificationChannel.EMAIL), null),
                MessageKind.RESULT);

        assertThatThrownBy(() -> dispatcher.dispatch(request)).isInstanceOf(ChannelsUnavailableException.class);
        assertThat(published).extracting(NotificationOutcome::getStatus).containsExactly(NotificationStatus.RETRYING,
                NotificationStatus.RETRYING, NotificationStatus.FAILED);
        assertThat(published.get(2).getFailureReason()).isEqualTo("SMTP 421; retries exhausted");
    }

    @Test
    void shouldGiveUpWhenEveryChannelRefusesForGoodSoTheEventIsDeadLettered() {
        email.failingWith(new PermanentSendException("SMTP 550 no such mailbox", null));
        NotificationDispatcher dispatcher = dispatcher(DAYTIME_IN_SHANGHAI);
        NotificationRequest request = customerRequest(caseView("en", List.of(NotificationChannel.EMAIL), null),
                MessageKind.RESULT);

        assertThatThrownBy(() -> dispatcher.dispatch(request)).isInstanceOf(DeliveryFailedException.class);
        assertThat(published).extracting(NotificationOutcome::getStatus).containsExactly(NotificationStatus.FAILED);
    }

    @Test
    void shouldKeepSmsSilentInQuietHoursAndUseEmailInstead() {
        dispatcher(NIGHT_IN_SHANGHAI).dispatch(customerRequest(
                caseView("zh-CN", List.of(NotificationChannel.SMS, NotificationChannel.EMAIL), 3), MessageKind.PROGRESS));

        assertThat(sms.accepted).isEmpty();
        assertThat(email.accepted).hasSize(1);
        assertThat(published).extracting(NotificationOutcome::getChannel, NotificationOutcome::getStatus,
                NotificationOutcome::getFailureReason).containsExactly(
                tuple(NotificationChannel.SMS, NotificationStatus.SUPPRESSED_QUIET_HOURS,
                        "quiet hours 22:00-08:00 local time"),
                tuple(NotificationChannel.EMAIL, NotificationStatus.SENT, null));
        assertThat(ledger.heldBackSince(new DeliveryKey("case-1", EVENT_ID, MessageKind.PROGRESS,
                NotificationChannel.UNKNOWN))).isEmpty();
    }

    @Test
    void shouldHoldBackAnSmsOnlyMessageUntilTheQuietHoursEndInTheCustomersZone() {
        // 23:00 in Shanghai
        dispatcher(NIGHT_IN_SHANGHAI).dispatch(customerRequest(
                caseView("zh-CN", List.of(NotificationChannel.SMS), 3), MessageKind.PROGRESS));

        assertThat(sms.accepted).isEmpty();
        assertThat(published).extracting(NotificationOutcome::getChannel, NotificationOutcome::getStatus,
                NotificationOutcome::getFailureReason).containsExactly(tuple(NotificationChannel.SMS,
                NotificationStatus.SUPPRESSED_QUIET_HOURS, "deferred until 2025-03-15 08:00 Asia/Shanghai (quiet hours)"));
        assertThat(ledger.heldBackSince(new DeliveryKey("case-1", EVENT_ID, MessageKind.PROGRESS,
                NotificationChannel.UNKNOWN))).contains(NIGHT_IN_SHANGHAI);
    }

    @Test
    void shouldHoldBackAfterMidnightUntilTheMorningOfTheSameLocalDay() {
        // 01:30 on 15 March in Shanghai, still 14 March in UTC
        dispatcher(Instant.parse("2025-03-14T17:30:00Z")).dispatch(customerRequest(
                caseView("zh-CN", List.of(NotificationChannel.SMS), null), MessageKind.ACKNOWLEDGEMENT));

        assertThat(sms.accepted).isEmpty();
        assertThat(published).extracting(NotificationOutcome::getFailureReason)
                .containsExactly("deferred until 2025-03-15 08:00 Asia/Shanghai (quiet hours)");
    }

    @Test
    void shouldJudgeQuietHoursInTheZoneTheComplaintWasReceivedIn() {
        CaseView inLondon = inZone(caseView("en", List.of(NotificationChannel.SMS), 3), ZoneId.of("Europe/London"));

        // 23:00 in Shanghai is 15:00 in London
        dispatcher(NIGHT_IN_SHANGHAI).dispatch(customerRequest(inLondon, MessageKind.PROGRESS));

        assertThat(sms.accepted).hasSize(1);
        assertThat(published).extracting(NotificationOutcome::getStatus).containsExactly(NotificationStatus.SENT);
    }

    @Test
    void shouldSendAHeldBackMessageAfterTheQuietHoursWithTheSameDeliveryKey() {
        NotificationRequest progress = customerRequest(caseView("zh-CN", List.of(NotificationChannel.SMS), 3),
                MessageKind.PROGRESS);
        dispatcher(NIGHT_IN_SHANGHAI).dispatch(progress);

        dispatcher(Instant.parse("2025-03-15T00:00:00Z")).dispatch(progress);

        assertThat(sms.accepted).singleElement().satisfies(message ->
                assertThat(message.key().toString()).isEqualTo("case-1:" + EVENT_ID + ":PROGRESS:SMS"));
        assertThat(published).extracting(NotificationOutcome::getStatus, NotificationOutcome::getAttempt)
                .containsExactly(tuple(NotificationStatus.SUPPRESSED_QUIET_HOURS, 1), tuple(NotificationStatus.SENT, 2));
        assertThat(ledger.heldBackSince(new DeliveryKey("case-1", EVENT_ID, MessageKind.PROGRESS,
                NotificationChannel.UNKNOWN))).isEmpty();
    }

    @Test
    void shouldHoldBackRatherThanDeadLetterAMessageThatTheOnlyAwakeChannelRefused() {
        email.failingWith(new PermanentSendException("SMTP 550", null));

        dispatcher(NIGHT_IN_SHANGHAI).dispatch(customerRequest(
                caseView("zh-CN", List.of(NotificationChannel.SMS, NotificationChannel.EMAIL), 3), MessageKind.PROGRESS));

        assertThat(published).extracting(NotificationOutcome::getChannel, NotificationOutcome::getStatus).containsExactly(
                tuple(NotificationChannel.SMS, NotificationStatus.SUPPRESSED_QUIET_HOURS),
                tuple(NotificationChannel.EMAIL, NotificationStatus.FAILED));
        assertThat(ledger.heldBackSince(new DeliveryKey("case-1", EVENT_ID, MessageKind.PROGRESS,
                NotificationChannel.UNKNOWN))).contains(NIGHT_IN_SHANGHAI);
    }

    @Test
    void shouldNotHoldBackAnSmsOnlyMessageOfATierOneCase() {
        dispatcher(NIGHT_IN_SHANGHAI).dispatch(customerRequest(
                caseView("zh-CN", List.of(NotificationChannel.SMS), 1), MessageKind.PROGRESS));

        assertThat(sms.accepted).hasSize(1);
        assertThat(published).extracting(NotificationOutcome::getStatus).containsExactly(NotificationStatus.SENT);
    }

    @Test
    void shouldSendSmsInQuietHoursOnATierOneCase() {
        dispatcher(NIGHT_IN_SHANGHAI).dispatch(customerRequest(
                caseView("zh-CN", List.of(NotificationChannel.SMS, NotificationChannel.EMAIL), 1), MessageKind.PROGRESS));

        assertThat(sms.accepted).hasSize(1);
        assertThat(((RenderedSms) sms.accepted.get(0).content()).text()).startsWith("【投诉进展】");
        assertThat(sms.accepted.get(0).recipients()).containsExactly("+8613800001234");
    }

    @Test
    void shouldMailATierOneEscalationToOwnerManagerAndSeniorManagement() {
        NotificationDispatcher dispatcher = dispatcher(DAYTIME_IN_SHANGHAI);

        dispatcher.dispatch(new NotificationRequest(caseView("en", List.of(), 1), EVENT_ID,
                new PlannedMessage(MessageKind.STAFF_ESCALATION,
                        List.of(StaffRole.CASE_OWNER, StaffRole.UNIT_MANAGER, StaffRole.SENIOR_MANAGEMENT)),
                Map.of("breached", true, "clockKind", "EMERGENCY_RESPONSE", "deadline", "2025-03-14 10:15",
                        "targetDescription", "15 minutes")));

        assertThat(email.accepted).singleElement().satisfies(message -> {
            assertThat(message.recipients()).containsExactly("owner@bank.example", "manager@bank.example",
                    "board@bank.example");
            assertThat(((RenderedEmail) message.content()).subject()).startsWith("【超时】");
        });
        assertThat(published.get(0).getMaskedRecipient()).isEqualTo("case-owner,senior-management,unit-manager");
    }

    @Test
    void shouldReportACustomerWithoutContactDetailsAsFailedWithoutSending() {
        CaseView anonymous = new CaseView("case-1", "CMP-1", DAYTIME_IN_SHANGHAI, ZoneOffset.ofHours(8), "en", null,
                null, null, new MaskedContact(null, null, false), List.of(), null);

        dispatcher(DAYTIME_IN_SHANGHAI).dispatch(customerRequest(anonymous, MessageKind.ACKNOWLEDGEMENT));

        assertThat(email.accepted).isEmpty();
        assertThat(published).extracting(NotificationOutcome::getStatus, NotificationOutcome::getFailureReason)
                .containsExactly(tuple(NotificationStatus.FAILED, "customer gave no contact details"));
    }

    @Test
    void shouldRecordASendAsBegunBeforeEachHandOverOnAChannelThatCanSettleIt() {
        email.settlingWith(key -> Optional.empty()).failingWith(new TransientSendException("SMTP 451", null));

        dispatcher(DAYTIME_IN_SHANGHAI).dispatch(customerRequest(caseView("en", List.of(), null), MessageKind.RESULT));

        assertThat(email.accepted).hasSize(1);
        assertThat(published).extracting(NotificationOutcome::getStatus, NotificationOutcome::getAttempt)
                .containsExactly(tuple(NotificationStatus.SENDING, 1), tuple(NotificationStatus.RETRYING, 1),
                        tuple(NotificationStatus.SENDING, 2), tuple(NotificationStatus.SENT, 2));
        assertThat(email.lookedUp).isEmpty();
        assertThat(ledger.startedSend(ACKNOWLEDGEMENT_BY_EMAIL.on(NotificationChannel.UNKNOWN))).isEmpty();
    }

    @Test
    void shouldRecordACutOffSendTheProviderHoldsAsSentWithoutSendingItAgain() {
        ledger.record(sendingBefore());
        email.settlingWith(key -> Optional.of("<journalled@bank.example>"));

        dispatcher(DAYTIME_IN_SHANGHAI).dispatch(customerRequest(caseView("en", List.of(), null),
                MessageKind.ACKNOWLEDGEMENT));

        assertThat(email.lookedUp).containsExactly(ACKNOWLEDGEMENT_BY_EMAIL);
        assertThat(email.accepted).isEmpty();
        assertThat(published).singleElement().satisfies(outcome -> {
            assertThat(outcome.getStatus()).isEqualTo(NotificationStatus.SENT);
            assertThat(outcome.getAttempt()).isEqualTo(1);
            assertThat(outcome.getProviderMessageId()).isEqualTo("<journalled@bank.example>");
            assertThat(outcome.getDeliveryKey()).isEqualTo(ACKNOWLEDGEMENT_BY_EMAIL.toString());
            assertThat(outcome.getMaskedRecipient()).isEqualTo("l***@example.com");
        });
        assertThat(interruptedSends("delivered")).isEqualTo(1.0);
    }

    @Test
    void shouldSendACutOffMessageTheProviderNeverTook() {
        ledger.record(sendingBefore());
        email.settlingWith(key -> Optional.empty());

        dispatcher(DAYTIME_IN_SHANGHAI).dispatch(customerRequest(caseView("en", List.of(), null),
                MessageKind.ACKNOWLEDGEMENT));

        assertThat(email.accepted).hasSize(1);
        assertThat(published).extracting(NotificationOutcome::getStatus, NotificationOutcome::getAttempt)
                .containsExactly(tuple(NotificationStatus.SENDING, 2), tuple(NotificationStatus.SENT, 2));
        assertThat(interruptedSends("not_delivered")).isEqualTo(1.0);
    }

    @Test
    void shouldReadTheEventAgainLaterWhenACutOffSendCannotBeLookedUpNow() {
        ledger.record(sendingBefore());
        email.settlingWith(key -> {
            throw new TransientSendException("mail journal unreadable", null);
        });
        NotificationDispatcher dispatcher = dispatcher(DAYTIME_IN_SHANGHAI);
        NotificationRequest request = customerRequest(caseView("en", List.of(NotificationChannel.SMS), null),
                MessageKind.ACKNOWLEDGEMENT);

        assertThatThrownBy(() -> dispatcher.dispatch(request)).isInstanceOf(ChannelsUnavailableException.class)
                .hasMessageContaining("mail journal unreadable");
        assertThat(email.accepted).isEmpty();
        assertThat(sms.accepted).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void shouldSendACutOffMessageAgainOnAChannelThatCannotLookItUp() {
        ledger.record(sendingBefore());

        dispatcher(DAYTIME_IN_SHANGHAI).dispatch(customerRequest(caseView("en", List.of(), null),
                MessageKind.ACKNOWLEDGEMENT));

        assertThat(email.accepted).hasSize(1);
        assertThat(published).extracting(NotificationOutcome::getStatus, NotificationOutcome::getAttempt)
                .containsExactly(tuple(NotificationStatus.SENT, 2));
        assertThat(interruptedSends("unknown")).isEqualTo(1.0);
    }

    private double interruptedSends(String result) {
        return meters.counter(NotificationMetricNames.INTERRUPTED_SENDS, NotificationMetricNames.TAG_CHANNEL, "email",
                NotificationMetricNames.TAG_RESULT, result).count();
    }

    private NotificationDispatcher dispatcher(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        DeliveryProperties properties = new DeliveryProperties(2, Duration.ZERO, Duration.ZERO,
                List.of(NotificationChannel.EMAIL, NotificationChannel.SMS, NotificationChannel.PUSH),
                new DeliveryProperties.QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0), true), Duration.ofSeconds(5));
        DeliveryMetrics metrics = new DeliveryMetrics(meters);
        OutcomePublisher outcomes = new OutcomePublisher(recordingKafka(), "notifications.outcomes", ledger, metrics,
                clock, "notification-service", Duration.ofSeconds(5), new OutcomeWatermarks());
        StaffDirectory staff = new StaffDirectory(new StaffDirectoryProperties(
                Map.of(TestEvents.OWNER_STAFF_ID, "owner@bank.example"),
                Map.of(TestEvents.OWNER_UNIT_ID, "manager@bank.example"), "desk@bank.example",
                List.of("board@bank.example"), "zh-CN"));
        List<ChannelSender> senders = List.of(email, sms);
        return new NotificationDispatcher(new TemplateRenderer(new TemplateProperties("templates/notification", 1,
                List.of("zh-CN", "en"))), new PlaintextContactDecryptor(), staff, "zh-CN", senders,
                new RetryingSender(outcomes, ledger, metrics, properties, clock), outcomes, ledger, metrics, properties,
                clock);
    }

    @SuppressWarnings("unchecked")
    private KafkaTemplate<String, Object> recordingKafka() {
        KafkaTemplate<String, Object> kafka = mock(KafkaTemplate.class);
        when(kafka.send(anyString(), anyString(), any())).thenAnswer(invocation -> {
            published.add(invocation.getArgument(2));
            RecordMetadata written = new RecordMetadata(new TopicPartition(invocation.getArgument(0), 0),
                    published.size() - 1, 0, 0, 0, 0);
            return CompletableFuture.completedFuture(new SendResult<>(null, written));
        });
        return kafka;
    }

    private static CaseView caseView(String language, List<NotificationChannel> preferred, Integer tier) {
        CaseView view = CaseView.of(TestEvents.registered("case-1", language, CONTACT, preferred));
        return tier == null ? view : view.withTier(tier);
    }

    private static CaseView inZone(CaseView view, ZoneId zone) {
        return new CaseView(view.caseId(), view.caseNumber(), view.receivedAt(), zone, view.language(),
                view.ownerStaffId(), view.ownerUnitId(), view.encryptedContact(), view.maskedContact(),
                view.preferredChannels(), view.tier());
    }

    private static NotificationRequest customerRequest(CaseView caseView, MessageKind kind) {
        Map<String, Object> details = kind == MessageKind.RESULT
                ? Map.of("upheld", true, "nextSteps", "ask for a review", "resolvedOn", "2025-03-20")
                : Map.of("acknowledged", true);
        return new NotificationRequest(caseView, EVENT_ID, PlannedMessage.toCustomer(kind), details);
    }

    private static NotificationOutcome sentBefore() {
        return outcomeBefore(NotificationStatus.SENT);
    }

    /** The outcome a send wrote just before it handed the acknowledgement over, and then nothing: a crash. */
    private static NotificationOutcome sendingBefore() {
        return outcomeBefore(NotificationStatus.SENDING);
    }

    private static NotificationOutcome outcomeBefore(NotificationStatus status) {
        return EventFixtures.outcome("case-1").occurredAt(DAYTIME_IN_SHANGHAI).status(status)
                .template("acknowledgement@1", "en").deliveryKey(ACKNOWLEDGEMENT_BY_EMAIL.toString()).build();
    }
}
