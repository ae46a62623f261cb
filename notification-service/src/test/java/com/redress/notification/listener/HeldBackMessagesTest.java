package com.redress.notification.listener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.redress.events.common.NotificationChannel;
import com.redress.events.notification.MessageKind;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationStatus;
import com.redress.notification.cases.CaseView;
import com.redress.notification.contact.CustomerContact;
import com.redress.notification.delivery.DeliveryLedger;
import com.redress.notification.delivery.DeliveryProperties;
import com.redress.notification.delivery.NotificationDispatcher;
import com.redress.notification.delivery.NotificationRequest;
import com.redress.notification.replay.TopicReplay;
import com.redress.notification.rules.PlannedMessage;
import com.redress.notification.support.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** Messages held back by quiet hours: due when the quiet hours end in the case's zone, not before. */
class HeldBackMessagesTest {

    private static final String EVENT_ID = "7d1c3b8e-5f0a-4c3e-9b9a-1f2e3d4c5b6a";
    /** 23:00 in Shanghai. */
    private static final Instant HELD_BACK_AT = Instant.parse("2025-03-14T15:00:00Z");
    private static final List<PlannedMessage> ACKNOWLEDGEMENT = List.of(
            PlannedMessage.toCustomer(MessageKind.ACKNOWLEDGEMENT));

    private final DeliveryLedger ledger = new DeliveryLedger();
    private final NotificationDispatcher dispatcher = mock(NotificationDispatcher.class);
    private final CaseView caseView = CaseView.of(TestEvents.registered("case-1", "zh-CN",
            new CustomerContact("+8613800001234", null, null), List.of(NotificationChannel.SMS)));

    @Test
    void shouldWaitUntilEightInTheMorningInTheCasesZone() {
        ledger.record(heldBack());

        // 06:30 in Shanghai
        Duration wait = heldBackMessages(Instant.parse("2025-03-14T22:30:00Z"))
                .sendDue(caseView, EVENT_ID, ACKNOWLEDGEMENT, Map.of()).orElseThrow();

        assertThat(wait).isEqualTo(Duration.ofMinutes(90));
        verify(dispatcher, never()).dispatch(any());
    }

    @Test
    void shouldSendTheHeldBackMessageOnceTheQuietHoursAreOver() {
        ledger.record(heldBack());

        heldBackMessages(Instant.parse("2025-03-15T00:00:00Z")).sendDue(caseView, EVENT_ID, ACKNOWLEDGEMENT,
                Map.of());

        verify(dispatcher).dispatch(new NotificationRequest(caseView, EVENT_ID, ACKNOWLEDGEMENT.get(0), Map.of()));
    }

    @Test
    void shouldLeaveAMessageAloneThatWasNeverHeldBack() {
        ledger.record(outcome(NotificationStatus.SENT, HELD_BACK_AT));

        assertThat(heldBackMessages(Instant.parse("2025-03-15T00:00:00Z"))
                .sendDue(caseView, EVENT_ID, ACKNOWLEDGEMENT, Map.of())).isEmpty();
        verify(dispatcher, never()).dispatch(any());
    }

    @Test
    void shouldLeaveAHeldBackMessageAloneOnceItWasSent() {
        ledger.record(heldBack());
        ledger.record(outcome(NotificationStatus.SENT, Instant.parse("2025-03-15T00:00:01Z")));

        assertThat(heldBackMessages(Instant.parse("2025-03-15T00:05:00Z"))
                .sendDue(caseView, EVENT_ID, ACKNOWLEDGEMENT, Map.of())).isEmpty();
        verify(dispatcher, never()).dispatch(any());
    }

    private HeldBackMessages heldBackMessages(Instant now) {
        return new HeldBackMessages(new EventNotifier(dispatcher), ledger, mock(TopicReplay.class),
                new DeliveryProperties.QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0), true),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private static NotificationOutcome heldBack() {
        return outcome(NotificationStatus.SUPPRESSED_QUIET_HOURS, HELD_BACK_AT);
    }

    private static NotificationOutcome outcome(NotificationStatus status, Instant at) {
        return NotificationOutcome.newBuilder()
                .setEventId(UUID.randomUUID())
                .setCaseId("case-1")
                .setOccurredAt(at)
                .setSource("notification-service")
                .setStatus(status)
                .setChannel(NotificationChannel.SMS)
                .setMessageKind(MessageKind.ACKNOWLEDGEMENT)
                .setTemplateId("acknowledgement@1")
                .setLanguage("zh-CN")
                .setAttempt(1)
                .setDeliveryKey("case-1:" + EVENT_ID + ":ACKNOWLEDGEMENT:SMS")
                .setMaskedRecipient("138****1234")
                .setFailureReason(status == NotificationStatus.SENT ? null : "deferred")
                .build();
    }
}
