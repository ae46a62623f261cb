package com.redress.intake.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import com.redress.events.intake.CaseStage;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.intake.deduplication.RegisteredCases;
import com.redress.intake.privacy.IdentifierPseudonymiser;
import com.redress.intake.privacy.PrivacyProperties;
import com.redress.intake.registration.IntakeEventPublisher;
import com.redress.intake.registration.Registrations;
import com.redress.platform.lifecycle.CaseLifecycle;

/** Intake's update door enforces the case lifecycle: every stage × every update type, and idempotent retries. */
class CaseLifecycleUpdatesTest {

    private static final String CASE_ID = "8a7f3c52-2b1e-5d6f-9a0b-1c2d3e4f5a6b";
    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final IdentifierPseudonymiser PSEUDONYMISER = new IdentifierPseudonymiser(new PrivacyProperties(
            Base64.getEncoder().encodeToString("pseudonym-key-0123456789abcdef!!".getBytes(StandardCharsets.UTF_8))));
    /** A path from registration into each stage. */
    private static final List<List<String>> PATHS = List.of(
            List.of(),
            List.of("APPRAISAL_STARTED"),
            List.of("RESOLVED"),
            List.of("RESOLVED", "CLOSED"));
    private static final List<CaseStage> STAGES =
            List.of(CaseStage.OPEN, CaseStage.IN_APPRAISAL, CaseStage.RESOLVED, CaseStage.CLOSED);

    private final List<CaseUpdate> published = new ArrayList<>();
    private final CaseUpdateService service = serviceWritingTo(published);

    @ParameterizedTest
    @EnumSource(value = CaseUpdateType.class, mode = EnumSource.Mode.EXCLUDE, names = "UNKNOWN")
    void shouldWriteAnUpdateItsCasesStageAllowsWithItsNextStageAndRefuseAnyOtherWith409(CaseUpdateType type) {
        for (int i = 0; i < STAGES.size(); i++) {
            List<CaseUpdate> written = new ArrayList<>();
            CaseUpdateService fresh = serviceWritingTo(written);
            PATHS.get(i).forEach(step -> fresh.update(CASE_ID, command(step)));
            int before = written.size();
            Optional<CaseStage> expected = CaseLifecycle.next(STAGES.get(i), type);

            if (expected.isPresent()) {
                fresh.update(CASE_ID, command(type.name()));
                assertThat(written).as(type + " on a " + STAGES.get(i) + " case").hasSize(before + 1);
                assertThat(written.get(before).getStage()).isEqualTo(expected.get());
            } else {
                LifecycleConflictException conflict = catchThrowableOfType(LifecycleConflictException.class,
                        () -> fresh.update(CASE_ID, command(type.name())));
                assertThat(conflict).as(type + " on a " + STAGES.get(i) + " case").isNotNull();
                assertThat(conflict.stage()).isEqualTo(STAGES.get(i));
                assertThat(conflict.allowed()).containsExactlyElementsOf(CaseLifecycle.allowedFrom(STAGES.get(i)));
                assertThat(written).hasSize(before);
            }
        }
    }

    @Test
    void shouldRefuseTheTypicalMistakesOfACaseHandler() {
        // closing a case straight after registration
        assertThatThrownBy(() -> service.update(CASE_ID, command("CLOSED")))
                .isInstanceOf(LifecycleConflictException.class);
        // reopening a case never resolved; ending an appraisal never started
        assertThatThrownBy(() -> service.update(CASE_ID, command("REOPENED")))
                .isInstanceOf(LifecycleConflictException.class);
        assertThatThrownBy(() -> service.update(CASE_ID, command("APPRAISAL_ENDED")))
                .isInstanceOf(LifecycleConflictException.class);
        // resolving twice in one opening, even with the opposite outcome
        service.update(CASE_ID, command("RESOLVED"));
        assertThatThrownBy(() -> service.update(CASE_ID, resolution("NOT_UPHELD", null)))
                .isInstanceOf(LifecycleConflictException.class);
        // but a reopened case may be resolved again
        service.update(CASE_ID, command("REOPENED"));
        service.update(CASE_ID, resolution("NOT_UPHELD", null));

        assertThat(published).extracting(CaseUpdate::getStage)
                .containsExactly(CaseStage.RESOLVED, CaseStage.OPEN, CaseStage.RESOLVED);
    }

    @Test
    void shouldAnswerARetryWithTheSameEventIdAndRefuseTheKeyReusedForAnotherUpdate() {
        var resolved = service.update(CASE_ID, resolution("UPHELD", "key-1"));
        // the retry of a resolution is not a second resolution
        var retried = service.update(CASE_ID, resolution("UPHELD", "key-1"));
        assertThat(retried).isEqualTo(resolved);

        // the same key for the opposite decision is refused, and nothing is written under its event id
        assertThatThrownBy(() -> service.update(CASE_ID, resolution("NOT_UPHELD", "key-1")))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThatThrownBy(() -> service.update(CASE_ID, new CaseUpdateCommand("key-1", "CLOSED", null, "E10023871",
                null, null, null, null, null))).isInstanceOf(IdempotencyKeyReusedException.class);

        assertThat(published).hasSize(1);
        assertThat(Set.copyOf(published.stream().map(CaseUpdate::getEventId).toList())).hasSize(published.size());
    }

    @Test
    void shouldOfferFromEachStageOnlyWhatTheTableAllows() {
        assertThat(EnumSet.copyOf(CaseLifecycle.allowedFrom(CaseStage.CLOSED)))
                .isEqualTo(EnumSet.of(CaseUpdateType.REOPENED, CaseUpdateType.REGULATOR_REFERRAL));
    }

    /** A service over one registered case, with no updates yet, whose updates are added to {@code written}. */
    private static CaseUpdateService serviceWritingTo(List<CaseUpdate> written) {
        return new CaseUpdateService(new OneCase(), new InMemoryCaseLifecycles(),
                new IntakeEventPublisher(null, Duration.ofSeconds(1)) {
                    @Override
                    public void publish(String topic, String caseId, SpecificRecord event) {
                        written.add((CaseUpdate) event);
                    }
                }, PSEUDONYMISER, Clock.fixed(NOW, ZoneOffset.UTC),
                new CaseUpdateService.Limits(Duration.ofMinutes(5), 20));
    }

    /** A complete, valid update of {@code type}: what each type requires is filled in. */
    private static CaseUpdateCommand command(String type) {
        return switch (type) {
            case "RESOLVED" -> resolution("UPHELD", null);
            case "EXTENSION_GRANTED" -> new CaseUpdateCommand(null, type, null, "E10023871", null, null,
                    new CaseUpdateCommand.ExtensionCommand(BigDecimal.valueOf(5), "awaiting the merchant's records",
                            "M2001"), null, null);
            case "TIER_CHANGE_REQUESTED" -> new CaseUpdateCommand(null, type, null, "E10023871", null, null, null,
                    new CaseUpdateCommand.TierChangeCommand(BigDecimal.valueOf(2), "funds still frozen"), null);
            case "NEW_LOSS_REPORTED" -> new CaseUpdateCommand(null, type, null, "E10023871", null, null, null, null,
                    new CaseUpdateCommand.MoneyCommand(new BigDecimal("500.00"), "CNY"));
            default -> new CaseUpdateCommand(null, type, null, "E10023871", null, null, null, null, null);
        };
    }

    private static CaseUpdateCommand resolution(String outcome, String idempotencyKey) {
        return new CaseUpdateCommand(idempotencyKey, "RESOLVED", null, "E10023871", null,
                new CaseUpdateCommand.ResolutionCommand(outcome, "refund", null, "the bank",
                        "You may refer the complaint to the regulator.", true),
                null, null, null);
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
