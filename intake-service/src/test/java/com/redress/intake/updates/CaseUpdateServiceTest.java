package com.redress.intake.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import com.redress.contract.Topics;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.intake.ResolutionOutcome;
import com.redress.intake.deduplication.RegisteredCases;
import com.redress.intake.normalisation.FieldViolation;
import com.redress.intake.normalisation.InvalidSubmissionException;
import com.redress.intake.privacy.IdentifierPseudonymiser;
import com.redress.intake.privacy.PrivacyProperties;
import com.redress.intake.registration.IntakeEventPublisher;
import com.redress.intake.registration.Registrations;

class CaseUpdateServiceTest {

    private static final String CASE_ID = "8a7f3c52-2b1e-5d6f-9a0b-1c2d3e4f5a6b";
    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    private final List<SpecificRecord> published = new ArrayList<>();
    private final CaseUpdateService service = new CaseUpdateService(new OneCase(), new InMemoryCaseLifecycles(),
            new IntakeEventPublisher(null, Duration.ofSeconds(1)) {
                @Override
                public void publish(String topic, String caseId, SpecificRecord event) {
                    assertThat(topic).isEqualTo(Topics.COMPLAINTS_UPDATES);
                    assertThat(caseId).isEqualTo(CASE_ID);
                    published.add(event);
                }
            }, new IdentifierPseudonymiser(new PrivacyProperties(Base64.getEncoder().encodeToString(
                    "pseudonym-key-0123456789abcdef!!".getBytes(StandardCharsets.UTF_8)))),
            Clock.fixed(NOW, ZoneOffset.UTC), new CaseUpdateService.Limits(Duration.ofMinutes(5), 20));

    @Test
    void shouldWriteAResolutionWithItsFreeTextRedacted() {
        CaseUpdateCommand command = new CaseUpdateCommand(null, "resolved", null, "E10023871",
                "客户来电13812341234确认收到退款",
                new CaseUpdateCommand.ResolutionCommand("UPHELD", "退还盗刷款项至卡6222021234567890128",
                        new CaseUpdateCommand.MoneyCommand(new BigDecimal("3200.00"), "CNY"), "第三方商户,联系人邮箱pay@merchant.example",
                        "如不满意可向金融监管总局反映", true),
                null, null, null);

        service.update(CASE_ID, command);

        CaseUpdate update = (CaseUpdate) published.get(0);
        assertThat(update.getUpdateType()).isEqualTo(CaseUpdateType.RESOLVED);
        assertThat(update.getOccurredAt()).isEqualTo(NOW);
        assertThat(update.getNote()).isEqualTo("客户来电[PHONE]确认收到退款");
        assertThat(update.getResolution().getOutcome()).isEqualTo(ResolutionOutcome.UPHELD);
        assertThat(update.getResolution().getRemedy()).isEqualTo("退还盗刷款项至卡[CARD_NUMBER]");
        assertThat(update.getResolution().getResponsibleParty()).isEqualTo("第三方商户,联系人邮箱[EMAIL]");
        assertThat(update.getResolution().getRegulatorRecourseNotified()).isTrue();
    }

    @Test
    void shouldRejectAnUpdateTimedInTheFutureOrBeforeTheCaseWasReceived() {
        // Given the case was received at 01:15 and it is now 08:00
        Instant received = Registrations.sample(CASE_ID).getReceivedAt();
        CaseUpdateCommand tomorrow = acknowledgedAt(NOW.plus(Duration.ofDays(1)));
        CaseUpdateCommand beforeReceipt = acknowledgedAt(received.minus(Duration.ofHours(1)));
        CaseUpdateCommand withinSkew = acknowledgedAt(NOW.plus(Duration.ofMinutes(4)));

        // Then the first two are refused with the field named, the one within the clock skew is written
        assertThat(catchThrowableOfType(InvalidSubmissionException.class, () -> service.update(CASE_ID, tomorrow))
                .violations()).extracting(FieldViolation::code).containsExactly("occurred_in_future");
        assertThat(catchThrowableOfType(InvalidSubmissionException.class,
                () -> service.update(CASE_ID, beforeReceipt)).violations())
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("occurredAt", "occurred_before_receipt"));
        service.update(CASE_ID, withinSkew);
        assertThat(published).singleElement().extracting(event -> ((CaseUpdate) event).getOccurredAt())
                .isEqualTo(NOW.plus(Duration.ofMinutes(4)));
    }

    private static CaseUpdateCommand acknowledgedAt(Instant occurredAt) {
        return new CaseUpdateCommand(null, "ACKNOWLEDGED", occurredAt, "E10023871", null, null, null, null, null);
    }

    @Test
    void shouldGiveARetriedUpdateTheSameEventId() {
        CaseUpdateCommand command = new CaseUpdateCommand("retry-key-1", "ACKNOWLEDGED", null, "E10023871", null,
                null, null, null, null);

        UUID first = service.update(CASE_ID, command);
        UUID retry = service.update(CASE_ID, command);

        assertThat(retry).isEqualTo(first);
        // and the retry writes nothing: one event id, one record
        assertThat(published).hasSize(1);
    }

    @Test
    void shouldRefuseAnUpdateOfAnUnknownCase() {
        assertThatThrownBy(() -> service.update(UUID.randomUUID().toString(), new CaseUpdateCommand(null,
                "ACKNOWLEDGED", null, "E10023871", null, null, null, null, null)))
                .isInstanceOf(UnknownCaseException.class);
        assertThat(published).isEmpty();
    }

    @Test
    void shouldListEveryMissingPartOfAnUpdate() {
        InvalidSubmissionException error = catchThrowableOfType(InvalidSubmissionException.class,
                () -> service.update(CASE_ID, new CaseUpdateCommand(null, "TIER_CHANGE_REQUESTED", null, " ", null,
                        null, null, new CaseUpdateCommand.TierChangeCommand(BigDecimal.valueOf(7), "worse than thought"), null)));

        assertThat(error.violations()).extracting(FieldViolation::code)
                .containsExactlyInAnyOrder("missing_actor", "invalid_tier_change");
        assertThat(published).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownUpdateType() {
        InvalidSubmissionException error = catchThrowableOfType(InvalidSubmissionException.class,
                () -> service.update(CASE_ID, new CaseUpdateCommand(null, "DELETED", null, "E1", null, null, null,
                        null, null)));

        assertThat(error.violations()).extracting(FieldViolation::code).containsExactly("invalid_update_type");
    }

    private static final class OneCase implements RegisteredCases {

        @Override
        public Optional<ComplaintRegistered> find(String caseId) {
            return CASE_ID.equals(caseId) ? Optional.of(Registrations.sample(CASE_ID)) : Optional.empty();
        }

        @Override
        public void remember(ComplaintRegistered registration) {
        }
    }
}
