package com.redress.notification.delivery;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.redress.events.common.NotificationChannel;
import com.redress.events.fixtures.EventFixtures;
import com.redress.events.notification.MessageKind;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger read back from outcomes: what was sent, and the attempt numbers. */
class DeliveryLedgerTest {

    private static final DeliveryKey EMAIL = new DeliveryKey("case:with:colons", "e-1", MessageKind.RESULT,
            NotificationChannel.EMAIL);

    private final DeliveryLedger ledger = new DeliveryLedger();

    @Test
    void shouldRememberAMessageHeldBackByQuietHoursUntilItIsSentOnAnyChannel() {
        ledger.record(outcome(EMAIL.on(NotificationChannel.SMS), NotificationStatus.SUPPRESSED_QUIET_HOURS, 1));
        assertThat(ledger.heldBackSince(EMAIL)).contains(Instant.parse("2025-03-20T08:00:00Z"));

        ledger.record(outcome(EMAIL.on(NotificationChannel.PUSH), NotificationStatus.SENT, 1));

        assertThat(ledger.heldBackSince(EMAIL)).isEmpty();
    }

    @Test
    void shouldForgetEverythingOfAMessageWhoseRequestIsDoneButNotOtherMessages() {
        // Given
        DeliveryKey other = new DeliveryKey("case:with:colons", "e-2", MessageKind.RESULT, NotificationChannel.EMAIL);
        ledger.record(outcome(EMAIL.on(NotificationChannel.SMS), NotificationStatus.RETRYING, 1));
        ledger.record(outcome(EMAIL, NotificationStatus.SENDING, 1));
        ledger.record(outcome(EMAIL, NotificationStatus.SENT, 1));
        ledger.record(outcome(other, NotificationStatus.SENT, 1));

        // When
        ledger.forget(EMAIL.messageKey());

        // Then
        assertThat(ledger.sentOn(EMAIL)).isEmpty();
        assertThat(ledger.startedSend(EMAIL)).isEmpty();
        assertThat(ledger.nextAttempt(EMAIL.on(NotificationChannel.SMS))).isEqualTo(1);
        assertThat(ledger.sentOn(other)).contains(NotificationChannel.EMAIL);
    }

    @Test
    void shouldNotHoldBackAMessageAlreadySent() {
        ledger.record(outcome(EMAIL, NotificationStatus.SENT, 1));
        ledger.record(outcome(EMAIL.on(NotificationChannel.SMS), NotificationStatus.SUPPRESSED_QUIET_HOURS, 1));

        assertThat(ledger.heldBackSince(EMAIL)).isEmpty();
    }

    @Test
    void shouldCountAttemptsUntilTheMessageIsSent() {
        ledger.record(outcome(EMAIL, NotificationStatus.RETRYING, 1));
        ledger.record(outcome(EMAIL, NotificationStatus.RETRYING, 2));

        assertThat(ledger.sentOn(EMAIL)).isEmpty();
        assertThat(ledger.nextAttempt(EMAIL)).isEqualTo(3);
    }

    @Test
    void shouldTreatAMessageSentOnAnyChannelAsSent() {
        ledger.record(outcome(EMAIL.on(NotificationChannel.SMS), NotificationStatus.SENT, 1));

        assertThat(ledger.sentOn(EMAIL)).contains(NotificationChannel.SMS);
    }

    @Test
    void shouldKeepCountingAttemptsOfASentKeyForSuppressedDuplicates() {
        ledger.record(outcome(EMAIL, NotificationStatus.SENT, 2));
        ledger.record(outcome(EMAIL, NotificationStatus.SUPPRESSED_DUPLICATE, 3));

        assertThat(ledger.nextAttempt(EMAIL)).isEqualTo(4);
    }

    @Test
    void shouldReadOutcomesInAnyOrderToTheSameResult() {
        ledger.record(outcome(EMAIL, NotificationStatus.SENT, 3));
        ledger.record(outcome(EMAIL, NotificationStatus.RETRYING, 1));

        assertThat(ledger.sentOn(EMAIL)).contains(NotificationChannel.EMAIL);
        assertThat(ledger.nextAttempt(EMAIL)).isEqualTo(4);
    }

    @Test
    void shouldNotConfuseTwoEventsOfTheSameCase() {
        ledger.record(outcome(EMAIL, NotificationStatus.SENT, 1));

        assertThat(ledger.sentOn(new DeliveryKey(EMAIL.caseId(), "e-2", MessageKind.RESULT, NotificationChannel.EMAIL)))
                .isEmpty();
    }

    @Test
    void shouldKeepASendBegunWithoutAnOutcomeAsCutOffWithWhatItsOutcomeWillNeed() {
        ledger.record(outcome(EMAIL, NotificationStatus.SENDING, 1));

        assertThat(ledger.startedSend(EMAIL.on(NotificationChannel.UNKNOWN))).hasValueSatisfying(started -> {
            assertThat(started.attempt()).isEqualTo(new DeliveryAttempt(EMAIL, 1, "result@1", "en", "l***@example.com"));
            assertThat(started.startedAt()).isEqualTo(Instant.parse("2025-03-20T08:00:00Z"));
        });
        assertThat(ledger.sentOn(EMAIL)).isEmpty();
        assertThat(ledger.nextAttempt(EMAIL)).isEqualTo(2);
    }

    @Test
    void shouldEndABegunSendWithAnyOutcomeOfItsKeyOrASendOnAnotherChannel() {
        DeliveryKey sms = EMAIL.on(NotificationChannel.SMS);
        ledger.record(outcome(EMAIL, NotificationStatus.SENDING, 1));
        ledger.record(outcome(EMAIL, NotificationStatus.RETRYING, 1));
        assertThat(ledger.startedSend(EMAIL)).isEmpty();

        ledger.record(outcome(EMAIL, NotificationStatus.SENDING, 2));
        ledger.record(outcome(sms, NotificationStatus.FAILED, 1));
        assertThat(ledger.startedSend(EMAIL)).isPresent();

        ledger.record(outcome(sms, NotificationStatus.SENT, 2));
        assertThat(ledger.startedSend(EMAIL)).isEmpty();
    }

    @Test
    void shouldIgnoreABegunSendOfAMessageAlreadySent() {
        ledger.record(outcome(EMAIL, NotificationStatus.SENT, 1));
        ledger.record(outcome(EMAIL, NotificationStatus.SENDING, 2));

        assertThat(ledger.startedSend(EMAIL)).isEmpty();
        assertThat(ledger.sentOn(EMAIL)).contains(NotificationChannel.EMAIL);
    }

    private static NotificationOutcome outcome(DeliveryKey key, NotificationStatus status, int attempt) {
        return EventFixtures.outcome(key.caseId()).occurredAt(Instant.parse("2025-03-20T08:00:00Z")).status(status)
                .channel(key.channel(), "l***@example.com").kind(key.kind()).template("result@1", "en")
                .attempt(attempt).deliveryKey(key.toString()).build();
    }
}
