package com.redress.intake.updates;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.stream.Stream;

import org.apache.avro.specific.SpecificRecord;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.redress.events.common.Money;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.intake.deduplication.NameBasedUuids;
import com.redress.intake.deduplication.RegisteredCases;
import com.redress.intake.normalisation.FieldViolation;
import com.redress.intake.normalisation.InvalidSubmissionException;
import com.redress.intake.privacy.IdentifierPseudonymiser;
import com.redress.intake.privacy.PrivacyProperties;
import com.redress.intake.registration.IntakeEventPublisher;
import com.redress.intake.registration.Registrations;

/** The rules every value of a case update is held to, one row per rule; nothing refused reaches the topic. */
class CaseUpdateFieldRulesTest {

    private static final String CASE_ID = "8a7f3c52-2b1e-5d6f-9a0b-1c2d3e4f5a6b";
    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final String STAFF = "E10023871";
    private static final IdentifierPseudonymiser PSEUDONYMISER = new IdentifierPseudonymiser(new PrivacyProperties(
            Base64.getEncoder().encodeToString("pseudonym-key-0123456789abcdef!!".getBytes(StandardCharsets.UTF_8))));

    private final List<SpecificRecord> published = new ArrayList<>();
    private final CaseUpdateService service = freshService(20);

    /** A service over a case no update has reached yet, writing to {@link #published}. */
    private CaseUpdateService freshService(int maxExtensionWorkingDays) {
        return new CaseUpdateService(new OneCase(), new InMemoryCaseLifecycles(),
                new IntakeEventPublisher(null, Duration.ofSeconds(1)) {
                    @Override
                    public void publish(String topic, String caseId, SpecificRecord event) {
                        published.add(event);
                    }
                }, PSEUDONYMISER, Clock.fixed(NOW, ZoneOffset.UTC),
                new CaseUpdateService.Limits(Duration.ofMinutes(5), maxExtensionWorkingDays));
    }

    static Stream<Arguments> refusedUpdates() {
        return Stream.of(
                refused("an extension of 10,000 working days", extension("10000"),
                        tuple("extension.requestedWorkingDays", "invalid_extension")),
                refused("an extension of 2,147,483,647 working days", extension("2147483647"),
                        tuple("extension.requestedWorkingDays", "invalid_extension")),
                refused("an extension of 21 days, one over the maximum", extension("21"),
                        tuple("extension.requestedWorkingDays", "invalid_extension")),
                refused("an extension of 1.5 working days", extension("1.5"),
                        tuple("extension.requestedWorkingDays", "invalid_extension")),
                refused("an extension of 0 working days", extension("0"),
                        tuple("extension.requestedWorkingDays", "invalid_extension")),
                refused("an extension of -3 working days", extension("-3"),
                        tuple("extension.requestedWorkingDays", "invalid_extension")),
                refused("an extension of 1e999999999 working days", extension("1e999999999"),
                        tuple("extension.requestedWorkingDays", "invalid_extension")),
                refused("an extension with an invisible reason", extension("5", "\u200b\u202e", STAFF),
                        tuple("extension.reason", "invalid_extension")),
                refused("an extension approved by a phone number", extension("5", "chargeback pending", "13700246813"),
                        tuple("extension.approvedBy", "personal_data_in_identifier")),
                refused("an extension with a reason of 2,001 characters", extension("5", "r".repeat(2_001), STAFF),
                        tuple("extension.reason", "too_long")),
                refused("a new loss of -5000", newLoss("-5000", "CNY"), tuple("newLoss.amount", "invalid_amount")),
                refused("a new loss of 0", newLoss("0", "CNY"), tuple("newLoss.amount", "invalid_amount")),
                refused("a new loss of 1e20", newLoss("1e20", "CNY"), tuple("newLoss.amount", "invalid_amount")),
                refused("a new loss of 1e2147483647", newLoss("1e2147483647", "CNY"),
                        tuple("newLoss.amount", "invalid_amount")),
                refused("a new loss with five decimal places", newLoss("0.00001", "CNY"),
                        tuple("newLoss.amount", "invalid_amount")),
                refused("a new loss without an amount", newLoss(null, "CNY"),
                        tuple("newLoss.amount", "invalid_amount")),
                refused("a new loss in XYZ", newLoss("5000", "XYZ"), tuple("newLoss.currency", "invalid_currency")),
                refused("a new loss in an empty currency", newLoss("5000", ""),
                        tuple("newLoss.currency", "invalid_currency")),
                refused("a new loss without a currency", newLoss("5000", null),
                        tuple("newLoss.currency", "invalid_currency")),
                refused("a new loss in Deutsche Mark, withdrawn", newLoss("5000", "DEM"),
                        tuple("newLoss.currency", "invalid_currency")),
                refused("a new loss in gold", newLoss("5000", "XAU"), tuple("newLoss.currency", "invalid_currency")),
                refused("a new loss both negative and in XYZ", newLoss("-1", "XYZ"),
                        tuple("newLoss.amount", "invalid_amount"), tuple("newLoss.currency", "invalid_currency")),
                refused("a refund of -3200", resolved(money("-3200", "CNY"), "如不满意可向金融监管总局反映"),
                        tuple("resolution.amountRefunded.amount", "invalid_amount")),
                refused("a refund of 1e20 cny", resolved(money("1e20", "cny"), "如不满意可向金融监管总局反映"),
                        tuple("resolution.amountRefunded.amount", "invalid_amount")),
                refused("next steps of zero-width and bidi characters only", resolved(null, "\u200b\u2066\u2069"),
                        tuple("resolution.nextSteps", "missing_next_steps")),
                refused("next steps of 2,001 characters", resolved(null, "n".repeat(2_001)),
                        tuple("resolution.nextSteps", "too_long")),
                refused("a remedy of 2,001 characters", resolution("UPHELD", "r".repeat(2_001), null, "the bank"),
                        tuple("resolution.remedy", "too_long")),
                refused("a responsible party of 201 characters", resolution("UPHELD", null, null, "p".repeat(201)),
                        tuple("resolution.responsibleParty", "too_long")),
                refused("the outcome UNKNOWN, which is no decision", resolution("UNKNOWN", null, null, null),
                        tuple("resolution.outcome", "invalid_outcome")),
                refused("a phone number as actor", acknowledged("13700246813"),
                        tuple("actor", "personal_data_in_identifier")),
                refused("a phone number inside the actor", acknowledged("agent-13700246813"),
                        tuple("actor", "personal_data_in_identifier")),
                refused("an e-mail address as actor", acknowledged("li.wei@example.cn"),
                        tuple("actor", "personal_data_in_identifier")),
                refused("an ID number as actor", acknowledged("11010519491231002X"),
                        tuple("actor", "personal_data_in_identifier")),
                refused("a card number as actor", acknowledged("6222021234567890128"),
                        tuple("actor", "personal_data_in_identifier")),
                refused("an actor with a space", acknowledged("E 10023871"), tuple("actor", "invalid_identifier")),
                refused("an actor with a right-to-left override", acknowledged("E1002\u202e3871"),
                        tuple("actor", "invalid_identifier")),
                refused("an actor of 65 characters", acknowledged("E".repeat(65)), tuple("actor", "too_long")),
                refused("an actor of zero-width characters only", acknowledged("\u200b\u200d"),
                        tuple("actor", "missing_actor")),
                refused("a note of 4,001 characters", new CaseUpdateCommand(null, "ACKNOWLEDGED", null, STAFF,
                        "n".repeat(4_001), null, null, null, null), tuple("note", "too_long")),
                refused("a tier of 2.5", tierChange("2.5", "worse than thought"),
                        tuple("tierChange.requestedTier", "invalid_tier_change")),
                refused("a tier change whose reason is 2,001 characters", tierChange("1", "r".repeat(2_001)),
                        tuple("tierChange.reason", "too_long")),
                refused("an update type of 65 characters", new CaseUpdateCommand(null, "A".repeat(65), null, STAFF,
                        null, null, null, null, null), tuple("updateType", "too_long")),
                refused("an Idempotency-Key with spaces", new CaseUpdateCommand("retry key 1", "ACKNOWLEDGED", null,
                        STAFF, null, null, null, null, null), tuple("Idempotency-Key", "invalid_identifier")),
                refused("an Idempotency-Key of 201 characters", new CaseUpdateCommand("k".repeat(201),
                        "ACKNOWLEDGED", null, STAFF, null, null, null, null, null),
                        tuple("Idempotency-Key", "too_long")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedUpdates")
    void shouldRefuseAnUpdateNamingEachViolatedFieldAndWriteNothing(String what, CaseUpdateCommand command,
            List<Tuple> expected) {
        InvalidSubmissionException error = catchThrowableOfType(InvalidSubmissionException.class,
                () -> service.update(CASE_ID, command));

        assertThat(error).as(what).isNotNull();
        assertThat(error.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(error.getMessage()).doesNotContain("13700246813", "li.wei", "11010519491231002X",
                "6222021234567890128", "XYZ", "10000", "2147483647", "rrrrr", "nnnnn");
        assertThat(published).isEmpty();
    }

    @Test
    void shouldGrantAnExtensionOfWholeWorkingDaysUpToTheMaximum() {
        freshService(20).update(CASE_ID, extension("20"));
        freshService(20).update(CASE_ID, extension("1.0"));

        assertThat(published).map(event -> ((CaseUpdate) event).getExtension().getRequestedWorkingDays())
                .containsExactly(20, 1);
    }

    @Test
    void shouldFollowTheConfiguredMaximumExtension() {
        CaseUpdateService strict = freshService(10);

        assertThat(catchThrowableOfType(InvalidSubmissionException.class,
                () -> strict.update(CASE_ID, extension("11"))).violations())
                .extracting(FieldViolation::message).containsExactly("a whole number of working days from 1 to 10");
    }

    @Test
    void shouldWriteMoneyAtTheContractsScaleInAnUpperCaseCurrency() {
        freshService(20).update(CASE_ID, newLoss("5000.5", " cny "));
        freshService(20).update(CASE_ID, resolved(money("0", "usd"), "如不满意可向金融监管总局反映"));
        freshService(20).update(CASE_ID, newLoss("9999999999999999.9999", "JPY"));

        assertThat(((CaseUpdate) published.get(0)).getNewLoss())
                .isEqualTo(new Money(new BigDecimal("5000.5000"), "CNY"));
        // a refund of zero is the handler's statement that nothing was paid back, and is written as such
        assertThat(((CaseUpdate) published.get(1)).getResolution().getAmountRefunded())
                .isEqualTo(new Money(new BigDecimal("0.0000"), "USD"));
        assertThat(((CaseUpdate) published.get(2)).getNewLoss().getAmount())
                .isEqualByComparingTo("9999999999999999.9999");
    }

    @Test
    void shouldNameTheEventByThePseudonymOfTheIdempotencyKeyNotByTheKeyAsSent() {
        CaseUpdateCommand command = new CaseUpdateCommand("li.wei@example.cn", "ACKNOWLEDGED", null, STAFF, null,
                null, null, null, null);

        UUID first = service.update(CASE_ID, command);
        UUID retry = service.update(CASE_ID, command);

        assertThat(retry).isEqualTo(first);
        assertThat(first).isNotEqualTo(NameBasedUuids.of(UUID.fromString(CASE_ID), "CaseUpdate:li.wei@example.cn"))
                .isEqualTo(NameBasedUuids.of(UUID.fromString(CASE_ID),
                        "CaseUpdate:" + PSEUDONYMISER.idempotencyKey("case:" + CASE_ID, "li.wei@example.cn")));
    }

    @Test
    void shouldNameNoCaseIdInTheUnknownCaseError() {
        String asked = "13700246813" + "x".repeat(5_000);

        UnknownCaseException error = catchThrowableOfType(UnknownCaseException.class,
                () -> service.update(asked, acknowledged(STAFF)));

        assertThat(error.getMessage()).isEqualTo("No such case is registered");
    }

    private static Arguments refused(String what, CaseUpdateCommand command, Tuple... violations) {
        return Arguments.of(what, command, List.of(violations));
    }

    private static CaseUpdateCommand acknowledged(String actor) {
        return new CaseUpdateCommand(null, "ACKNOWLEDGED", null, actor, null, null, null, null, null);
    }

    private static CaseUpdateCommand extension(String days) {
        return extension(days, "awaiting the card scheme's chargeback decision", "M20001234");
    }

    private static CaseUpdateCommand extension(String days, String reason, String approvedBy) {
        return new CaseUpdateCommand(null, "EXTENSION_GRANTED", null, STAFF, null, null,
                new CaseUpdateCommand.ExtensionCommand(days == null ? null : new BigDecimal(days), reason, approvedBy),
                null, null);
    }

    private static CaseUpdateCommand tierChange(String tier, String reason) {
        return new CaseUpdateCommand(null, "TIER_CHANGE_REQUESTED", null, STAFF, null, null, null,
                new CaseUpdateCommand.TierChangeCommand(new BigDecimal(tier), reason), null);
    }

    private static CaseUpdateCommand newLoss(String amount, String currency) {
        return new CaseUpdateCommand(null, "NEW_LOSS_REPORTED", null, STAFF, null, null, null, null,
                money(amount, currency));
    }

    private static CaseUpdateCommand resolved(CaseUpdateCommand.MoneyCommand refund, String nextSteps) {
        return new CaseUpdateCommand(null, "RESOLVED", null, STAFF, null, new CaseUpdateCommand.ResolutionCommand(
                "UPHELD", "refund of the fee", refund, "the bank", nextSteps, true), null, null, null);
    }

    private static CaseUpdateCommand resolution(String outcome, String remedy, CaseUpdateCommand.MoneyCommand refund,
            String responsibleParty) {
        return new CaseUpdateCommand(null, "RESOLVED", null, STAFF, null, new CaseUpdateCommand.ResolutionCommand(
                outcome, remedy, refund, responsibleParty, "如不满意可向金融监管总局反映", true), null, null, null);
    }

    private static CaseUpdateCommand.MoneyCommand money(String amount, String currency) {
        return new CaseUpdateCommand.MoneyCommand(amount == null ? null : new BigDecimal(amount), currency);
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
