package com.redress.notification.planning;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.redress.events.common.NotificationChannel;
import com.redress.events.fixtures.EventFixtures;
import com.redress.events.grading.Category;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.notification.Audience;
import com.redress.events.notification.MessageKind;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationRequested;
import com.redress.events.notification.NotificationStatus;
import com.redress.events.sla.SlaEvent;
import com.redress.events.survey.SurveyResponse;
import com.redress.notification.contact.CustomerContact;
import com.redress.notification.delivery.DeliveryProperties.QuietHours;
import com.redress.notification.rules.CustomerRule;
import com.redress.notification.rules.NotificationRules;
import com.redress.notification.rules.StaffRole;
import com.redress.notification.rules.StaffRule;
import com.redress.notification.support.TestEvents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The planning topology decides what to request and when, through the production wiring in a test driver. */
class PlanningTopologyTest {

    private static final String CASE_ID = "case-7f3a";
    /** A day after the test events' receipt, 10:00 in Shanghai: no quiet hours. */
    private static final Instant START = TestEvents.RECEIVED_AT.plus(Duration.ofDays(2));
    private static final Duration SURVEY_DELAY = Duration.ofDays(1);
    private static final Duration RETENTION = Duration.ofDays(45);
    private static final NotificationRules RULES = new NotificationRules(
            List.of(new CustomerRule("registered", MessageKind.ACKNOWLEDGEMENT, null),
                    new CustomerRule("update:ACKNOWLEDGED", MessageKind.PROGRESS, null),
                    new CustomerRule("update:RESOLVED", MessageKind.RESULT, null),
                    new CustomerRule("update:CLOSED", MessageKind.SURVEY, SURVEY_DELAY)),
            List.of(new StaffRule("sla:BREACHED", MessageKind.STAFF_ESCALATION,
                    List.of(StaffRole.CASE_OWNER, StaffRole.UNIT_MANAGER), List.of(StaffRole.SENIOR_MANAGEMENT))));

    @TempDir
    Path stateDir;

    @Test
    void shouldRequestTheAcknowledgementOfARegistrationAtOnceWithEverythingTheSenderNeeds() {
        try (PlanningDriver driver = driver(Optional.empty())) {
            // Given
            ComplaintRegistered registered = registered();

            // When
            driver.pipe(registered);

            // Then
            List<NotificationRequested> requests = driver.requests();
            assertThat(requests).singleElement().satisfies(request -> {
                assertThat(request.getMessageKey())
                        .isEqualTo(CASE_ID + ":" + registered.getEventId() + ":ACKNOWLEDGEMENT");
                assertThat(request.getMessageKind()).isEqualTo(MessageKind.ACKNOWLEDGEMENT);
                assertThat(request.getAudience()).isEqualTo(Audience.CUSTOMER);
                assertThat(request.getStaffRoles()).isEmpty();
                assertThat(request.getEncryptedContact()).isEqualTo(registered.getCustomer().getEncryptedContact());
                assertThat(request.getMaskedContact()).isEqualTo(registered.getCustomer().getMaskedContact());
                assertThat(request.getPreferredChannels()).containsExactly(NotificationChannel.EMAIL);
                assertThat(request.getLanguage()).isEqualTo("en");
                assertThat(request.getZoneId()).isEqualTo("Asia/Shanghai");
                assertThat(request.getCaseNumber()).isEqualTo(registered.getCaseNumber());
                assertThat(request.getReceivedAt()).isEqualTo(registered.getReceivedAt());
                assertThat(request.getOwnerStaffId()).isEqualTo(TestEvents.OWNER_STAFF_ID);
                assertThat(request.getTriggeringEventId()).isEqualTo(registered.getEventId().toString());
                assertThat(request.getAfterQuietHours()).isFalse();
            });
        }
    }

    @Test
    void shouldEscalateABreachToTierOneRolesWithoutTheCustomersContact() {
        try (PlanningDriver driver = driver(Optional.empty())) {
            // Given
            driver.pipe(registered());
            driver.requests();

            // When
            driver.pipe(TestEvents.breached(CASE_ID, 1));
            driver.pipe(TestEvents.breached(CASE_ID, 2));

            // Then
            List<NotificationRequested> requests = driver.requests();
            assertThat(requests).extracting(NotificationRequested::getStaffRoles).containsExactly(
                    List.of("CASE_OWNER", "UNIT_MANAGER", "SENIOR_MANAGEMENT"), List.of("CASE_OWNER", "UNIT_MANAGER"));
            assertThat(requests).allSatisfy(request -> {
                assertThat(request.getAudience()).isEqualTo(Audience.STAFF);
                assertThat(request.getEncryptedContact()).isNull();
                assertThat(request.getTemplateValues()).containsEntry("breached", true)
                        .containsEntry("clockKind", "EMERGENCY_RESPONSE");
            });
            assertThat(requests).extracting(NotificationRequested::getTier).containsExactly(1, 2);
        }
    }

    @Test
    void shouldRequestTheSurveyWhenItsDelayAfterClosingHasPassed() {
        try (PlanningDriver driver = driver(Optional.empty())) {
            // Given
            driver.pipe(registered());
            CaseUpdate closed = TestEvents.update(CASE_ID, CaseUpdateType.CLOSED, null, START);
            driver.requests();

            // When
            driver.pipe(closed);
            List<NotificationRequested> atClosing = driver.requests();
            driver.advanceTo(START.plus(SURVEY_DELAY).minusSeconds(1));
            List<NotificationRequested> justBefore = driver.requests();
            driver.advanceTo(START.plus(SURVEY_DELAY).plusSeconds(1));

            // Then
            assertThat(atClosing).isEmpty();
            assertThat(justBefore).isEmpty();
            assertThat(driver.requests()).singleElement().satisfies(survey -> {
                assertThat(survey.getMessageKind()).isEqualTo(MessageKind.SURVEY);
                assertThat(survey.getMessageKey()).isEqualTo(CASE_ID + ":" + closed.getEventId() + ":SURVEY");
                assertThat(survey.getTriggeredAt()).isEqualTo(START);
            });
        }
    }

    @Test
    void shouldRequestAMessageHeldBackByQuietHoursAgainWhenTheyEndInTheCasesZone() {
        try (PlanningDriver driver = driver(Optional.empty())) {
            // Given: held back at 23:00 in Shanghai
            driver.pipe(registered());
            NotificationRequested acknowledgement = driver.requests().get(0);
            Instant lateEvening = Instant.parse("2025-03-16T15:00:00Z");
            driver.advanceTo(lateEvening);
            driver.pipe(outcome(acknowledgement, NotificationChannel.SMS, NotificationStatus.SUPPRESSED_QUIET_HOURS,
                    lateEvening));

            // When
            driver.advanceTo(Instant.parse("2025-03-16T23:59:00Z"));
            List<NotificationRequested> beforeEight = driver.requests();
            driver.advanceTo(Instant.parse("2025-03-17T00:00:01Z"));

            // Then
            assertThat(beforeEight).isEmpty();
            assertThat(driver.requests()).singleElement().satisfies(again -> {
                assertThat(again.getMessageKey()).isEqualTo(acknowledgement.getMessageKey());
                assertThat(again.getEventId()).isNotEqualTo(acknowledgement.getEventId());
                assertThat(again.getAfterQuietHours()).isTrue();
            });
        }
    }

    @Test
    void shouldNotRequestAHeldBackMessageAgainOnceAnotherChannelSentIt() {
        try (PlanningDriver driver = driver(Optional.empty())) {
            // Given
            driver.pipe(registered());
            NotificationRequested acknowledgement = driver.requests().get(0);
            Instant lateEvening = Instant.parse("2025-03-16T15:00:00Z");
            driver.advanceTo(lateEvening);
            driver.pipe(outcome(acknowledgement, NotificationChannel.SMS, NotificationStatus.SUPPRESSED_QUIET_HOURS,
                    lateEvening));

            // When
            driver.pipe(outcome(acknowledgement, NotificationChannel.EMAIL, NotificationStatus.SENT, lateEvening));
            driver.advanceTo(Instant.parse("2025-03-17T01:00:00Z"));

            // Then
            assertThat(driver.requests()).isEmpty();
        }
    }

    @Test
    void shouldRequestOnceWhenTheSameEventIsReadTwice() {
        try (PlanningDriver driver = driver(Optional.empty())) {
            // Given
            driver.pipe(registered());
            CaseUpdate resolved = TestEvents.update(CASE_ID, CaseUpdateType.RESOLVED,
                    TestEvents.resolved(CASE_ID).getResolution(), START);

            // When
            driver.pipe(resolved);
            driver.pipe(resolved);

            // Then
            assertThat(driver.requests()).extracting(NotificationRequested::getMessageKind)
                    .containsExactly(MessageKind.ACKNOWLEDGEMENT, MessageKind.RESULT);
        }
    }

    @Test
    void shouldPlanEventsThatCameBeforeTheRegistrationOnceItArrives() {
        try (PlanningDriver driver = driver(Optional.empty())) {
            // Given
            driver.pipe(graded(1));
            driver.pipe(TestEvents.update(CASE_ID, CaseUpdateType.ACKNOWLEDGED, null, START));
            driver.pipe(TestEvents.breached(CASE_ID, 1));
            List<NotificationRequested> beforeRegistration = driver.requests();

            // When
            driver.pipe(registered());

            // Then
            assertThat(beforeRegistration).isEmpty();
            List<NotificationRequested> requests = driver.requests();
            assertThat(requests).extracting(NotificationRequested::getMessageKind).containsExactly(
                    MessageKind.ACKNOWLEDGEMENT, MessageKind.PROGRESS, MessageKind.STAFF_ESCALATION);
            assertThat(requests.get(0).getTier()).isEqualTo(1);
            assertThat(requests.get(1).getTemplateValues()).containsEntry("acknowledged", true);
        }
    }

    @Test
    void shouldForgetAClosedCaseItsRetentionAfterClosing() {
        try (PlanningDriver driver = driver(Optional.empty())) {
            // Given
            driver.pipe(registered());
            driver.pipe(TestEvents.update(CASE_ID, CaseUpdateType.CLOSED, null, START));

            // When
            driver.advanceTo(START.plus(RETENTION).minusSeconds(1));
            boolean keptUntilThen = driver.cases().get(CASE_ID) != null;
            driver.advanceTo(START.plus(RETENTION).plusSeconds(1));

            // Then
            assertThat(keptUntilThen).isTrue();
            assertThat(driver.cases().get(CASE_ID)).isNull();
        }
    }

    @Test
    void shouldKeepAReopenedCaseBeyondTheRetentionOfItsFirstClosing() {
        try (PlanningDriver driver = driver(Optional.empty())) {
            // Given
            driver.pipe(registered());
            driver.pipe(TestEvents.update(CASE_ID, CaseUpdateType.CLOSED, null, START));

            // When
            driver.pipe(TestEvents.update(CASE_ID, CaseUpdateType.REOPENED, null, START.plusSeconds(60)));
            driver.advanceTo(START.plus(RETENTION).plus(Duration.ofDays(1)));

            // Then
            assertThat(driver.cases().get(CASE_ID)).isNotNull();
        }
    }

    @Test
    void shouldOnlyBuildStateFromMessagesDueBeforeTheStartInstant() {
        // Given: the planning takes over from the replaying service at START
        try (PlanningDriver driver = driver(Optional.of(START))) {
            CaseUpdate acknowledgedBefore = TestEvents.update(CASE_ID, CaseUpdateType.ACKNOWLEDGED, null,
                    START.minusSeconds(60));
            CaseUpdate resolvedAfter = TestEvents.update(CASE_ID, CaseUpdateType.RESOLVED,
                    TestEvents.resolved(CASE_ID).getResolution(), START);

            // When
            driver.pipe(registered());
            driver.pipe(acknowledgedBefore);
            driver.pipe(resolvedAfter);

            // Then
            assertThat(driver.requests()).extracting(NotificationRequested::getMessageKind)
                    .containsExactly(MessageKind.RESULT);
        }
    }

    @Test
    void shouldNotRequestTheSurveyOfACaseWhoseSurveyWasAnswered() {
        try (PlanningDriver driver = driver(Optional.empty())) {
            // Given
            driver.pipe(registered());
            CaseUpdate closed = TestEvents.update(CASE_ID, CaseUpdateType.CLOSED, null, START);
            driver.pipe(closed);
            driver.requests();

            // When: answered through a link of an earlier invitation of the same closing
            driver.pipe(SurveyResponse.newBuilder().setEventId(UUID.randomUUID()).setCaseId(CASE_ID)
                    .setOccurredAt(START.plusSeconds(10)).setSource("notification-service")
                    .setSurveyId("survey-" + closed.getEventId()).setCsat(5).setRespondedAt(START.plusSeconds(10))
                    .build());
            driver.advanceTo(START.plus(SURVEY_DELAY).plusSeconds(1));

            // Then
            assertThat(driver.requests()).isEmpty();
            assertThat(driver.cases().get(CASE_ID).answered("survey-" + closed.getEventId())).isTrue();
        }
    }

    private PlanningDriver driver(Optional<Instant> requestsFrom) {
        PlanningSettings settings = new PlanningSettings(Duration.ofSeconds(1), RETENTION, requestsFrom, 50, 1000,
                new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0), true),
                Duration.ofDays(30));
        return new PlanningDriver(RULES, settings, START, stateDir);
    }

    private static ComplaintRegistered registered() {
        return TestEvents.registered(CASE_ID, "en", new CustomerContact("+8613800001234", "li@example.com", null),
                List.of(NotificationChannel.EMAIL));
    }

    private static ComplaintGraded graded(int tier) {
        return EventFixtures.graded(CASE_ID).occurredAt(TestEvents.RECEIVED_AT.plusSeconds(6)).category(Category.FRAUD)
                .tier(tier).priority(1).build();
    }

    private static NotificationOutcome outcome(NotificationRequested request, NotificationChannel channel,
            NotificationStatus status, Instant at) {
        return EventFixtures.outcome(request.getCaseId()).occurredAt(at).status(status).kind(request.getMessageKind())
                .channel(channel, "138****1234").template("acknowledgement@1", "en")
                .deliveryKey(request.getMessageKey() + ":" + channel.name()).build();
    }
}
