package com.redress.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.redress.events.common.NotificationChannel;
import com.redress.events.fixtures.EventFixtures;
import com.redress.events.fixtures.RegisteredFixture;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.notification.MessageKind;
import com.redress.events.sla.ClockKind;
import com.redress.events.sla.SlaEventType;

import org.junit.jupiter.api.Test;

class EventFixturesTest {

    private static final Instant EVENING = Instant.parse("2026-03-20T12:00:00Z");

    @Test
    void shouldRegisterTwoSecondsAfterReceiptUnderACaseNumberOfTheShanghaiReceiptDate() {
        // Given a complaint received on Friday evening UTC, Saturday in Shanghai
        var registered = EventFixtures.registered("c-1").receivedAt(EVENING);

        // When
        var event = registered.build();

        // Then
        assertThat(event.getOccurredAt()).isEqualTo(EVENING.plusSeconds(2));
        assertThat(event.getCaseNumber()).isEqualTo("CMP-20260320-c-1");
        assertThat(event.getReceivedZoneId()).isEqualTo(EventFixtures.ZONE_ID);
    }

    @Test
    void shouldKeepExplicitRegistrationTimeAndCaseNumber() {
        // Given
        var registered = EventFixtures.registered("c-2").receivedAt(EVENING).occurredAt(EVENING)
                .caseNumber("CMP-1");

        // When
        var event = registered.build();

        // Then
        assertThat(event.getOccurredAt()).isEqualTo(EVENING);
        assertThat(event.getCaseNumber()).isEqualTo("CMP-1");
    }

    @Test
    void shouldBuildARedeliveryWhenTheSameFixtureIsBuiltTwice() {
        // Given
        RegisteredFixture registered = EventFixtures.registered("c-3");

        // When
        var first = registered.build();
        var again = registered.build();

        // Then
        assertThat(again).isEqualTo(first);
        assertThat(EventFixtures.registered("c-3").build().getEventId()).isNotEqualTo(first.getEventId());
    }

    @Test
    void shouldLeaveOptionalRegistrationFieldsUnsetUnlessAsked() {
        // When
        var plain = EventFixtures.registered("c-4").build();
        var detailed = EventFixtures.registered("c-4").amount("CNY", "12000.5").product("credit card")
                .preferredChannels(List.of(NotificationChannel.SMS)).build();

        // Then
        assertThat(plain.getAmountAtStake()).isNull();
        assertThat(plain.getProduct()).isNull();
        assertThat(plain.getCustomer().getEncryptedContact()).isNull();
        assertThat(detailed.getAmountAtStake().getAmount()).isEqualByComparingTo("12000.5").hasScaleOf(4);
        assertThat(detailed.getCustomer().getPreferredNotificationChannels()).containsExactly(NotificationChannel.SMS);
    }

    @Test
    void shouldReportAnSlaEventAtItsDeadlineOnTheCaseClockOfItsKind() {
        // When
        var breach = EventFixtures.slaEvent("c-5", SlaEventType.BREACHED).clock(ClockKind.RESOLUTION)
                .deadline(EVENING).build();

        // Then
        assertThat(breach.getOccurredAt()).isEqualTo(EVENING);
        assertThat(breach.getClockId()).isEqualTo("c-5:RESOLUTION");
    }

    @Test
    void shouldKeyAnOutcomeByCaseKindAndChannel() {
        // When
        var outcome = EventFixtures.outcome("c-6").kind(MessageKind.RESULT)
                .channel(NotificationChannel.SMS, "138****1234").build();

        // Then
        assertThat(outcome.getDeliveryKey()).isEqualTo("c-6:RESULT:SMS");
    }

    @Test
    void shouldBuildUpdatesAndGradesWithTheirOverrides() {
        // When
        var extension = EventFixtures.update("c-7", CaseUpdateType.EXTENSION_GRANTED).occurredAt(EVENING)
                .extension(5).build();
        var graded = EventFixtures.graded("c-7").tier(1).build();

        // Then
        assertThat(extension.getOccurredAt()).isEqualTo(EVENING);
        assertThat(extension.getExtension().getRequestedWorkingDays()).isEqualTo(5);
        assertThat(graded.getTier()).isEqualTo(1);
        assertThat(graded.getCaseNumber()).isEqualTo("CMP-20260316-c-7");
    }
}
