package com.redress.intake.updates;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.redress.contract.Topics;
import com.redress.events.common.Money;
import com.redress.events.intake.CaseStage;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.intake.ExtensionGrant;
import com.redress.events.intake.Resolution;
import com.redress.events.intake.ResolutionOutcome;
import com.redress.events.intake.TierChangeRequest;
import com.redress.intake.deduplication.NameBasedUuids;
import com.redress.intake.deduplication.RegisteredCases;
import com.redress.intake.normalisation.Currencies;
import com.redress.intake.normalisation.FieldRules;
import com.redress.intake.normalisation.FieldViolation;
import com.redress.intake.normalisation.InvalidSubmissionException;
import com.redress.intake.normalisation.MoneyParser;
import com.redress.intake.normalisation.PhoneNumbers;
import com.redress.intake.privacy.IdentifierPseudonymiser;
import com.redress.intake.privacy.PersonalDataDetector;
import com.redress.intake.privacy.TextRedactor;
import com.redress.intake.registration.CaseLocks;
import com.redress.intake.registration.IntakeEventPublisher;
import com.redress.platform.lifecycle.CaseLifecycle;

/**
 * Validates a case-handling system's update to a registered case and writes it, redacted, to complaints.updates. Only
 * the parts the update's type uses are read; every string among them is held to its cap ({@link FieldRules}), staff
 * ids to the identifier syntax and refused when they carry personal data, numbers to whole values in range and money
 * to the contract's decimal(20,4) in an active currency.
 */
public class CaseUpdateService {

    /** Violation code of a staff or system id that carries an e-mail address, phone, ID or card number. */
    public static final String PERSONAL_DATA_IN_IDENTIFIER = "personal_data_in_identifier";
    /** Violation code of a currency that is no active ISO 4217 code. */
    public static final String INVALID_CURRENCY = "invalid_currency";
    /** Violation code of an amount that is missing, negative, zero where it must not be, or beyond decimal(20,4). */
    public static final String INVALID_AMOUNT = "invalid_amount";

    private static final Logger log = LoggerFactory.getLogger(CaseUpdateService.class);
    private static final int HIGHEST_TIER = 1;
    private static final int LOWEST_TIER = 4;

    private final RegisteredCases registeredCases;
    private final CaseLifecycles lifecycles;
    private final IntakeEventPublisher publisher;
    private final IdentifierPseudonymiser pseudonymiser;
    private final Clock clock;
    private final Limits limits;
    // one update of a case at a time in this instance, so each is checked against the stage the previous one left
    private final CaseLocks locks = new CaseLocks();

    /**
     * What an update may say.
     *
     * @param allowedClockSkew        how far an update's time may lie in the future, or before the case's receipt,
     *                                before it is rejected: the case-handling system's clock and the channel's need
     *                                not agree exactly
     * @param maxExtensionWorkingDays the most working days one extension may grant
     */
    public record Limits(Duration allowedClockSkew, int maxExtensionWorkingDays) {
    }

    public CaseUpdateService(RegisteredCases registeredCases, CaseLifecycles lifecycles, IntakeEventPublisher publisher,
            IdentifierPseudonymiser pseudonymiser, Clock clock, Limits limits) {
        this.registeredCases = registeredCases;
        this.lifecycles = lifecycles;
        this.publisher = publisher;
        this.pseudonymiser = pseudonymiser;
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * Writes the update of case {@code caseId}, with the stage it leads to; returns the event id. A request repeated
     * with the same {@code Idempotency-Key} writes nothing again and returns the same event id.
     *
     * @throws UnknownCaseException           when no such case is registered
     * @throws InvalidSubmissionException     listing every invalid field
     * @throws LifecycleConflictException     when the case's stage does not allow the update
     * @throws IdempotencyKeyReusedException  when the key was used before for a different update of the case
     */
    public UUID update(String caseId, CaseUpdateCommand command) {
        ComplaintRegistered registered = registeredCases.find(caseId).orElseThrow(UnknownCaseException::new);
        String region = PhoneNumbers.regionOf(ZoneId.of(registered.getReceivedZoneId()));
        List<FieldViolation> violations = new ArrayList<>();
        CaseUpdateType type = updateType(command.updateType(), violations);
        String actor = staffId(command.actor(), "actor", region, violations);
        FieldRules.require(actor, "actor", "missing_actor", "the staff or system id is required", violations);
        String note = FieldRules.text(command.note(), "note", FieldRules.NOTE_MAX, violations);
        String idempotencyKey = FieldRules.identifier(command.idempotencyKey(), FieldRules.IDEMPOTENCY_KEY,
                FieldRules.MESSAGE_ID_MAX, violations);
        Resolution resolution = type == CaseUpdateType.RESOLVED
                ? resolution(command.resolution(), region, violations) : null;
        ExtensionGrant extension = type == CaseUpdateType.EXTENSION_GRANTED
                ? extension(command.extension(), region, violations) : null;
        TierChangeRequest tierChange = type == CaseUpdateType.TIER_CHANGE_REQUESTED
                ? tierChange(command.tierChange(), region, violations) : null;
        Money newLoss = null;
        if (type == CaseUpdateType.NEW_LOSS_REPORTED) {
            if (command.newLoss() == null) {
                violations.add(new FieldViolation("newLoss", "missing_new_loss", "required for NEW_LOSS_REPORTED"));
            } else {
                newLoss = money(command.newLoss(), "newLoss", false, violations);
            }
        }
        Instant occurredAt = occurredAt(command.occurredAt(), registered.getReceivedAt(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidSubmissionException(violations);
        }
        // the key is the client's own text, e-mail addresses included: only its pseudonym names the event
        UUID eventId = idempotencyKey == null
                ? UUID.randomUUID()
                : NameBasedUuids.of(UUID.fromString(caseId),
                        "CaseUpdate:" + pseudonymiser.idempotencyKey("case:" + caseId, idempotencyKey));
        CaseUpdate update = CaseUpdate.newBuilder()
                .setEventId(eventId)
                .setCaseId(caseId)
                .setOccurredAt(occurredAt)
                .setSource(Topics.INTAKE_SERVICE)
                .setUpdateType(type)
                .setActor(actor)
                .setNote(TextRedactor.redact(note, region))
                .setResolution(resolution)
                .setExtension(extension)
                .setTierChange(tierChange)
                .setNewLoss(newLoss)
                .build();
        synchronized (locks.of(caseId)) {
            CaseLifecycleState state = lifecycles.stateOf(caseId);
            String digest = UpdateDigest.of(update);
            Optional<CaseLifecycleState.RecordedUpdate> earlier = idempotencyKey == null
                    ? Optional.empty() : state.recorded(eventId.toString());
            if (earlier.isPresent()) {
                if (!earlier.get().digest().equals(digest)) {
                    throw new IdempotencyKeyReusedException();
                }
                return eventId;
            }
            CaseStage stage = CaseLifecycle.next(state.stage(), type)
                    .orElseThrow(() -> new LifecycleConflictException(state.stage(),
                            CaseLifecycle.allowedFrom(state.stage())));
            CaseUpdate staged = CaseUpdate.newBuilder(update).setStage(stage).build();
            publisher.publish(Topics.COMPLAINTS_UPDATES, caseId, staged);
            lifecycles.remember(caseId, state.after(staged, digest));
        }
        log.info("Case {} updated: {}", caseId, type);
        return eventId;
    }

    private Instant occurredAt(Instant written, Instant caseReceivedAt, List<FieldViolation> violations) {
        Instant now = clock.instant();
        if (written == null) {
            return now;
        }
        if (written.isAfter(now.plus(limits.allowedClockSkew()))) {
            violations.add(new FieldViolation("occurredAt", "occurred_in_future", "the update's time lies in the future"));
        } else if (written.isBefore(caseReceivedAt.minus(limits.allowedClockSkew()))) {
            violations.add(new FieldViolation("occurredAt", "occurred_before_receipt",
                    "the update's time lies before the case was received"));
        }
        return written;
    }

    private static CaseUpdateType updateType(String written, List<FieldViolation> violations) {
        String name = FieldRules.text(written, "updateType", FieldRules.NAME_MAX, violations);
        if (name == null && reported("updateType", violations)) {
            return null;
        }
        Optional<CaseUpdateType> type = symbol(CaseUpdateType.class, name).filter(t -> t != CaseUpdateType.UNKNOWN);
        if (type.isEmpty()) {
            violations.add(new FieldViolation("updateType", "invalid_update_type",
                    "one of ACKNOWLEDGED, RESPONDED, AWAITING_CUSTOMER, CUSTOMER_REPLIED, ESCALATED, RESOLVED, CLOSED, "
                            + "REOPENED, REGULATOR_REFERRAL, EXTENSION_GRANTED, APPRAISAL_STARTED, APPRAISAL_ENDED, "
                            + "TIER_CHANGE_REQUESTED, NEW_LOSS_REPORTED"));
        }
        return type.orElse(null);
    }

    /**
     * A staff or system id: the identifier syntax, and no personal data, which would reach complaints.updates in
     * clear. Refused rather than pseudonymised: a pseudonym would name nobody, and the case-handling system is there
     * to correct its request.
     */
    private static String staffId(String written, String field, String region, List<FieldViolation> violations) {
        String id = FieldRules.identifier(written, field, FieldRules.IDENTIFIER_MAX, violations);
        Optional<String> personalData = PersonalDataDetector.findIn(id, region);
        if (personalData.isPresent()) {
            violations.add(new FieldViolation(field, PERSONAL_DATA_IN_IDENTIFIER,
                    "looks like " + personalData.get() + "; a staff or system id must not carry personal data"));
            return null;
        }
        return id;
    }

    private static Resolution resolution(CaseUpdateCommand.ResolutionCommand resolution, String region,
            List<FieldViolation> violations) {
        if (resolution == null) {
            violations.add(new FieldViolation("resolution", "missing_resolution", "required for RESOLVED"));
            return null;
        }
        ResolutionOutcome outcome = outcome(resolution.outcome(), violations);
        String remedy = FieldRules.text(resolution.remedy(), "resolution.remedy", FieldRules.DECISION_TEXT_MAX,
                violations);
        Money refunded = money(resolution.amountRefunded(), "resolution.amountRefunded", true, violations);
        String responsibleParty = FieldRules.text(resolution.responsibleParty(), "resolution.responsibleParty",
                FieldRules.RESPONSIBLE_PARTY_MAX, violations);
        String nextSteps = FieldRules.text(resolution.nextSteps(), "resolution.nextSteps",
                FieldRules.DECISION_TEXT_MAX, violations);
        FieldRules.require(nextSteps, "resolution.nextSteps", "missing_next_steps",
                "what the customer can do next is required", violations);
        if (outcome == null || nextSteps == null) {
            return null;
        }
        return new Resolution(outcome, TextRedactor.redact(remedy, region), refunded,
                TextRedactor.redact(responsibleParty, region), TextRedactor.redact(nextSteps, region),
                Boolean.TRUE.equals(resolution.regulatorRecourseNotified()));
    }

    private static ResolutionOutcome outcome(String written, List<FieldViolation> violations) {
        String name = FieldRules.text(written, "resolution.outcome", FieldRules.NAME_MAX, violations);
        if (name == null && reported("resolution.outcome", violations)) {
            return null;
        }
        Optional<ResolutionOutcome> outcome = symbol(ResolutionOutcome.class, name)
                .filter(o -> o != ResolutionOutcome.UNKNOWN);
        if (outcome.isEmpty()) {
            violations.add(new FieldViolation("resolution.outcome", "invalid_outcome",
                    "one of UPHELD, PARTIALLY_UPHELD, NOT_UPHELD, WITHDRAWN"));
        }
        return outcome.orElse(null);
    }

    private ExtensionGrant extension(CaseUpdateCommand.ExtensionCommand extension, String region,
            List<FieldViolation> violations) {
        if (extension == null) {
            violations.add(new FieldViolation("extension", "invalid_extension",
                    "requestedWorkingDays, reason and approvedBy are required for EXTENSION_GRANTED"));
            return null;
        }
        Integer days = wholeNumber(extension.requestedWorkingDays(), 1, limits.maxExtensionWorkingDays());
        if (days == null) {
            violations.add(new FieldViolation("extension.requestedWorkingDays", "invalid_extension",
                    "a whole number of working days from 1 to " + limits.maxExtensionWorkingDays()));
        }
        String reason = FieldRules.text(extension.reason(), "extension.reason", FieldRules.DECISION_TEXT_MAX,
                violations);
        FieldRules.require(reason, "extension.reason", "invalid_extension", "why more time is needed is required",
                violations);
        String approvedBy = staffId(extension.approvedBy(), "extension.approvedBy", region, violations);
        FieldRules.require(approvedBy, "extension.approvedBy", "invalid_extension",
                "the staff id of the manager who approved it is required", violations);
        if (days == null || reason == null || approvedBy == null) {
            return null;
        }
        return new ExtensionGrant(days, TextRedactor.redact(reason, region), approvedBy);
    }

    private static TierChangeRequest tierChange(CaseUpdateCommand.TierChangeCommand tierChange, String region,
            List<FieldViolation> violations) {
        if (tierChange == null) {
            violations.add(new FieldViolation("tierChange", "invalid_tier_change",
                    "requestedTier (1 to 4) and reason are required for TIER_CHANGE_REQUESTED"));
            return null;
        }
        Integer tier = wholeNumber(tierChange.requestedTier(), HIGHEST_TIER, LOWEST_TIER);
        if (tier == null) {
            violations.add(new FieldViolation("tierChange.requestedTier", "invalid_tier_change",
                    "a whole number from " + HIGHEST_TIER + " to " + LOWEST_TIER));
        }
        String reason = FieldRules.text(tierChange.reason(), "tierChange.reason", FieldRules.DECISION_TEXT_MAX,
                violations);
        FieldRules.require(reason, "tierChange.reason", "invalid_tier_change", "why the tier should change is required",
                violations);
        if (tier == null || reason == null) {
            return null;
        }
        return new TierChangeRequest(tier, TextRedactor.redact(reason, region));
    }

    /**
     * Money at the contract's scale, or {@code null} with the violations reported: the amount present, not negative,
     * above zero unless {@code zeroAllowed}, within decimal(20,4); the currency an active ISO 4217 code, lower case
     * folded to upper case as the complaint's amount is.
     */
    private static Money money(CaseUpdateCommand.MoneyCommand money, String field, boolean zeroAllowed,
            List<FieldViolation> violations) {
        if (money == null) {
            return null;
        }
        BigDecimal amount = money.amount();
        Optional<String> invalidAmount;
        if (amount == null) {
            invalidAmount = Optional.of("the amount is required");
        } else if (amount.signum() < 0) {
            invalidAmount = Optional.of("cannot be negative");
        } else if (amount.signum() == 0 && !zeroAllowed) {
            invalidAmount = Optional.of("must be greater than zero");
        } else {
            invalidAmount = MoneyParser.beyondContract(amount);
        }
        invalidAmount.ifPresent(reason -> violations.add(new FieldViolation(field + ".amount", INVALID_AMOUNT,
                reason)));
        Optional<String> currency = Currencies.active(money.currency());
        if (currency.isEmpty()) {
            violations.add(new FieldViolation(field + ".currency", INVALID_CURRENCY,
                    "an active ISO 4217 currency code, such as CNY"));
        }
        return invalidAmount.isEmpty() && currency.isPresent()
                ? new Money(MoneyParser.atContractScale(amount), currency.get())
                : null;
    }

    /** {@code number} as an int when it is a whole number from {@code min} to {@code max}, else {@code null}. */
    private static Integer wholeNumber(BigDecimal number, int min, int max) {
        if (number == null || number.compareTo(BigDecimal.valueOf(min)) < 0
                || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() > 0 ? null : stripped.intValueExact();
    }

    private static boolean reported(String field, List<FieldViolation> violations) {
        return violations.stream().anyMatch(violation -> violation.field().equals(field));
    }

    private static <E extends Enum<E>> Optional<E> symbol(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
