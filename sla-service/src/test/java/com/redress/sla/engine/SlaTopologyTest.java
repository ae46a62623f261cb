package com.redress.sla.engine;

import static com.redress.sla.CaseEvents.extension;
import static com.redress.sla.CaseEvents.graded;
import static com.redress.sla.CaseEvents.registered;
import static com.redress.sla.CaseEvents.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.redress.events.intake.CaseUpdateType;
import com.redress.events.sla.ClockKind;
import com.redress.events.sla.SlaEvent;
import com.redress.events.sla.SlaEventType;
import com.redress.sla.policy.Policies;
import com.redress.sla.policy.PolicyPack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlaTopologyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final PolicyPack DEFAULT_PACK = Policies.bundled("redress-default");
    /** Monday 10 March 2025, 10:00 in Shanghai: an ordinary working week without holidays. */
    private static final Instant MONDAY_10AM = at("2025-03-10T10:00");
    private static final String CASE = "case-1";

    @TempDir
    Path stateDir;

    @Test
    void shouldStartTheProvisionalTiersClocksOnRegistration() {
        try (SlaDriver sla = driver(MONDAY_10AM)) {
            sla.send(registered(CASE, MONDAY_10AM));

            assertThat(sla.published())
                    .extracting(SlaEvent::getType, SlaEvent::getClockKind, SlaEvent::getTier, SlaEvent::getDeadline)
                    .containsExactly(
                            tuple(SlaEventType.STARTED, ClockKind.ACKNOWLEDGE, 3, at("2025-03-11T10:00")),
                            tuple(SlaEventType.STARTED, ClockKind.FIRST_RESPONSE, 3, at("2025-03-12T10:00")),
                            tuple(SlaEventType.STARTED, ClockKind.RESOLUTION, 3, at("2025-03-18T00:00")),
                            tuple(SlaEventType.STARTED, ClockKind.REGULATORY_DECISION, 3, at("2025-04-01T00:00")));
        }
    }

    @Test
    void shouldWarnAtEachFractionAndBreachOnceOnTime() {
        try (SlaDriver sla = driver(MONDAY_10AM)) {
            sla.send(registered(CASE, MONDAY_10AM));
            sla.published();

            sla.advanceTo(MONDAY_10AM.plus(Duration.ofHours(18)));
            List<SlaEvent> at75 = sla.published();
            sla.advanceTo(MONDAY_10AM.plus(Duration.ofMinutes(21 * 60 + 36)));
            List<SlaEvent> at90 = sla.published();
            sla.advanceTo(MONDAY_10AM.plus(Duration.ofHours(24)));
            List<SlaEvent> atDeadline = sla.published();
            sla.advanceTo(MONDAY_10AM.plus(Duration.ofHours(25)));
            List<SlaEvent> anHourLater = sla.published();

            assertThat(at75).extracting(SlaEvent::getType, SlaEvent::getClockKind, SlaEvent::getWarningFraction)
                    .containsExactly(tuple(SlaEventType.WARNING, ClockKind.ACKNOWLEDGE, 0.75));
            assertThat(at90).extracting(SlaEvent::getType, SlaEvent::getClockKind, SlaEvent::getWarningFraction)
                    .containsExactly(tuple(SlaEventType.WARNING, ClockKind.ACKNOWLEDGE, 0.9));
            assertThat(atDeadline).singleElement().satisfies(breach -> {
                assertThat(breach.getType()).isEqualTo(SlaEventType.BREACHED);
                assertThat(breach.getClockKind()).isEqualTo(ClockKind.ACKNOWLEDGE);
                assertThat(breach.getOccurredAt()).isEqualTo(MONDAY_10AM.plus(Duration.ofHours(24)));
                assertThat(breach.getLateByMillis()).isNull();
                assertThat(breach.getEscalationTarget()).isEqualTo("complaints-manager");
                assertThat(breach.getElapsedBusinessMillis()).isEqualTo(Duration.ofHours(24).toMillis());
            });
            assertThat(anHourLater).isEmpty();
        }
    }

    @Test
    void shouldMeetAClockStoppedInTimeAndNeverBreachIt() {
        try (SlaDriver sla = driver(MONDAY_10AM)) {
            sla.send(registered(CASE, MONDAY_10AM));
            sla.published();

            sla.advanceTo(MONDAY_10AM.plus(Duration.ofHours(1)));
            sla.send(update(CASE, CaseUpdateType.ACKNOWLEDGED, sla.now()));
            List<SlaEvent> onAcknowledgement = sla.published();
            sla.advanceTo(MONDAY_10AM.plus(Duration.ofHours(30)));
            List<SlaEvent> later = sla.published();

            assertThat(onAcknowledgement).singleElement().satisfies(met -> {
                assertThat(met.getType()).isEqualTo(SlaEventType.MET);
                assertThat(met.getClockKind()).isEqualTo(ClockKind.ACKNOWLEDGE);
                assertThat(met.getElapsedBusinessMillis()).isEqualTo(Duration.ofHours(1).toMillis());
            });
            assertThat(later).extracting(SlaEvent::getClockKind).doesNotContain(ClockKind.ACKNOWLEDGE);
        }
    }

    @Test
    void shouldExcludeTheTimeAwaitingTheCustomerFromTheResolutionClock() {
        try (SlaDriver sla = driver(MONDAY_10AM)) {
            sla.send(registered(CASE, MONDAY_10AM));
            sla.send(update(CASE, CaseUpdateType.ACKNOWLEDGED, MONDAY_10AM));
            sla.send(update(CASE, CaseUpdateType.RESPONDED, MONDAY_10AM));
            sla.published();

            // Tuesday counts; the case then waits for the customer from Wednesday 00:00 to Friday 00:00
            sla.advanceTo(at("2025-03-12T00:00"));
            sla.send(update(CASE, CaseUpdateType.AWAITING_CUSTOMER, sla.now()));
            List<SlaEvent> onPause = sla.published();
            sla.advanceTo(at("2025-03-14T00:00"));
            sla.send(update(CASE, CaseUpdateType.CUSTOMER_REPLIED, sla.now()));
            List<SlaEvent> onResume = sla.published();

            assertThat(onPause).extracting(SlaEvent::getType, SlaEvent::getClockKind, SlaEvent::getElapsedBusinessMillis)
                    .containsExactly(tuple(SlaEventType.PAUSED, ClockKind.RESOLUTION, Duration.ofDays(1).toMillis()));
            // Two working days were paused, so the five working days end with Wednesday 19 March, not Monday 17
            assertThat(onResume).extracting(SlaEvent::getType, SlaEvent::getClockKind, SlaEvent::getDeadline)
                    .containsExactly(tuple(SlaEventType.RESUMED, ClockKind.RESOLUTION, at("2025-03-20T00:00")));
        }
    }

    @Test
    void shouldReplanOpenClocksFromTheOriginalReceiptWhenTheTierIsRaised() {
        try (SlaDriver sla = driver(MONDAY_10AM)) {
            sla.send(registered(CASE, MONDAY_10AM));
            sla.published();

            sla.advanceTo(MONDAY_10AM.plus(Duration.ofMinutes(5)));
            sla.send(graded(CASE, 1, sla.now()));
            List<SlaEvent> onGrade = sla.published();
            sla.advanceTo(MONDAY_10AM.plus(Duration.ofMinutes(15)));
            List<SlaEvent> atFifteenMinutes = sla.published();

            assertThat(onGrade).extracting(SlaEvent::getType, SlaEvent::getClockKind, SlaEvent::getTier,
                    SlaEvent::getDeadline).containsExactly(
                    tuple(SlaEventType.REPLANNED, ClockKind.ACKNOWLEDGE, 1, at("2025-03-11T10:00")),
                    tuple(SlaEventType.STARTED, ClockKind.EMERGENCY_RESPONSE, 1, at("2025-03-10T10:15")),
                    tuple(SlaEventType.STARTED, ClockKind.INITIAL_INVESTIGATION, 1, at("2025-03-12T10:00")),
                    tuple(SlaEventType.REPLANNED, ClockKind.RESOLUTION, 1, at("2025-03-25T00:00")),
                    tuple(SlaEventType.REPLANNED, ClockKind.REGULATORY_DECISION, 1, at("2025-04-23T00:00")));
            assertThat(atFifteenMinutes).extracting(SlaEvent::getType, SlaEvent::getClockKind,
                    SlaEvent::getWarningFraction, SlaEvent::getEscalationTarget).containsExactly(
                    tuple(SlaEventType.WARNING, ClockKind.EMERGENCY_RESPONSE, 0.5, "senior-management"),
                    tuple(SlaEventType.WARNING, ClockKind.EMERGENCY_RESPONSE, 0.75, "senior-management"),
                    tuple(SlaEventType.BREACHED, ClockKind.EMERGENCY_RESPONSE, null, "senior-management"));
        }
    }

    @Test
    void shouldExtendTheRegulatoryDecisionWithinThePacksBounds() {
        try (SlaDriver sla = driver(MONDAY_10AM)) {
            sla.send(registered(CASE, MONDAY_10AM));
            sla.published();

            sla.send(extension(CASE, 15, MONDAY_10AM));
            List<SlaEvent> first = sla.published();
            sla.send(extension(CASE, 40, MONDAY_10AM));
            List<SlaEvent> second = sla.published();
            sla.send(extension(CASE, 5, MONDAY_10AM));
            List<SlaEvent> third = sla.published();

            assertThat(first).extracting(SlaEvent::getType, SlaEvent::getClockKind, SlaEvent::getTargetDescription)
                    .containsExactly(tuple(SlaEventType.EXTENDED, ClockKind.REGULATORY_DECISION,
                            "15 working days + 15 extended"));
            // 15 + 15 + 40 would exceed the 60 days the rule allows: the second grant is capped at 30
            assertThat(second).extracting(SlaEvent::getTargetDescription)
                    .containsExactly("15 working days + 45 extended");
            assertThat(third).isEmpty();
        }
    }

    @Test
    void shouldExcludeAnOutsideAppraisalFromTheRegulatoryDecision() {
        try (SlaDriver sla = driver(MONDAY_10AM)) {
            sla.send(registered(CASE, MONDAY_10AM));
            sla.published();

            sla.send(update(CASE, CaseUpdateType.APPRAISAL_STARTED, at("2025-03-12T00:00")));
            sla.send(update(CASE, CaseUpdateType.APPRAISAL_ENDED, at("2025-03-19T00:00")));

            // Five working days were spent on the appraisal; 4 April is Qingming, so 1 April becomes 8 April

            assertThat(sla.published()).extracting(SlaEvent::getType, SlaEvent::getClockKind, SlaEvent::getDeadline)
                    .containsExactly(
                            tuple(SlaEventType.PAUSED, ClockKind.REGULATORY_DECISION, at("2025-04-01T00:00")),
                            tuple(SlaEventType.RESUMED, ClockKind.REGULATORY_DECISION, at("2025-04-09T00:00")));
        }
    }

    @Test
    void shouldPublishWhatFellDueWhileTheServiceWasDownOnceAndFlaggedLate() {
        try (SlaDriver sla = driver(MONDAY_10AM)) {
            sla.send(registered(CASE, MONDAY_10AM));
            sla.published();

            // The service is down for three days: no tick runs until it is back
            sla.advanceTo(MONDAY_10AM.plus(Duration.ofDays(3)));
            List<SlaEvent> onRecovery = sla.published();
            sla.advanceTo(MONDAY_10AM.plus(Duration.ofDays(3)).plusSeconds(1));
            List<SlaEvent> nextTick = sla.published();

            assertThat(onRecovery).extracting(SlaEvent::getType, SlaEvent::getClockKind, SlaEvent::getWarningFraction)
                    .containsExactly(
                            tuple(SlaEventType.WARNING, ClockKind.ACKNOWLEDGE, 0.75),
                            tuple(SlaEventType.WARNING, ClockKind.ACKNOWLEDGE, 0.9),
                            tuple(SlaEventType.BREACHED, ClockKind.ACKNOWLEDGE, null),
                            tuple(SlaEventType.WARNING, ClockKind.FIRST_RESPONSE, 0.75),
                            tuple(SlaEventType.WARNING, ClockKind.FIRST_RESPONSE, 0.9),
                            tuple(SlaEventType.BREACHED, ClockKind.FIRST_RESPONSE, null));
            SlaEvent acknowledgeBreach = onRecovery.get(2);
            assertThat(acknowledgeBreach.getOccurredAt()).isEqualTo(MONDAY_10AM.plus(Duration.ofHours(24)));
            assertThat(acknowledgeBreach.getLateByMillis()).isEqualTo(Duration.ofHours(48).toMillis());
            assertThat(nextTick).isEmpty();
        }
    }

    @Test
    void shouldIgnoreARedeliveredRegistration() {
        try (SlaDriver sla = driver(MONDAY_10AM)) {
            var registration = registered(CASE, MONDAY_10AM);
            sla.send(registration);
            sla.published();

            sla.send(registration);

            assertThat(sla.published()).isEmpty();
        }
    }

    private SlaDriver driver(Instant start) {
        return new SlaDriver(DEFAULT_PACK, start, SlaMetrics.NONE, stateDir);
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
