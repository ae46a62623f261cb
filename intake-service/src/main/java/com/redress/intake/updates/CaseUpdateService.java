package com.redress.intake.updates;

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
import com.redress.intake.normalisation.FieldViolation;
import com.redress.intake.normalisation.InvalidSubmissionException;
import com.redress.intake.normalisation.PhoneNumbers;
import com.redress.intake.normalisation.UnicodeText;
import com.redress.intake.privacy.TextRedactor;
import com.redress.intake.registration.IntakeEventPublisher;
import com.redress.platform.lifecycle.CaseLifecycle;

/** Validates a case-handling system's update to a registered case and writes it, redacted, to complaints.updates. */
public class CaseUpdateService {

    private static final Logger log = LoggerFactory.getLogger(CaseUpdateService.class);
    private static final int LOWEST_TIER = 4;

    private static final int LOCK_STRIPES = 64;

    private final RegisteredCases registeredCases;
    private final CaseLifecycles lifecycles;
    private final IntakeEventPublisher publisher;
    private final Clock clock;
    private final Duration allowedClockSkew;

    /**
     * @param allowedClockSkew how far an update's time may lie in the future, or before the case's receipt, before it
     *                         is rejected: the case-handling system's clock and the channel's need not agree exactly
     */
    // one update of a case at a time in this instance, so each is checked against the stage the previous one left
    private final Object[] locks = new Object[LOCK_STRIPES];

    public CaseUpdateService(RegisteredCases registeredCases, CaseLifecycles lifecycles, IntakeEventPublisher publisher,
            Clock clock, Duration allowedClockSkew) {
        this.registeredCases = registeredCases;
        this.lifecycles = lifecycles;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
        this.publisher = publisher;
        this.clock = clock;
        this.allowedClockSkew = allowedClockSkew;
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
        ComplaintRegistered registered = registeredCases.find(caseId)
                .orElseThrow(() -> new UnknownCaseException(caseId));
        String region = PhoneNumbers.regionOf(ZoneId.of(registered.getReceivedZoneId()));
        List<FieldViolation> violations = new ArrayList<>();
        CaseUpdateType type = updateType(command.updateType(), violations);
        String actor = UnicodeText.normaliseToNull(command.actor());
        if (actor == null) {
            violations.add(new FieldViolation("actor", "missing_actor", "the staff or system id is required"));
        }
        Resolution resolution = type == CaseUpdateType.RESOLVED ? resolution(command, region, violations) : null;
        ExtensionGrant extension = type == CaseUpdateType.EXTENSION_GRANTED
                ? extension(command, region, violations) : null;
        TierChangeRequest tierChange = type == CaseUpdateType.TIER_CHANGE_REQUESTED
                ? tierChange(command, region, violations) : null;
        if (type == CaseUpdateType.NEW_LOSS_REPORTED && command.newLoss() == null) {
            violations.add(new FieldViolation("newLoss", "missing_new_loss", "required for NEW_LOSS_REPORTED"));
        }
        Instant occurredAt = occurredAt(command.occurredAt(), registered.getReceivedAt(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidSubmissionException(violations);
        }
        UUID eventId = command.idempotencyKey() == null
                ? UUID.randomUUID()
                : NameBasedUuids.of(UUID.fromString(caseId), "CaseUpdate:" + command.idempotencyKey());
        CaseUpdate update = CaseUpdate.newBuilder()
                .setEventId(eventId)
                .setCaseId(caseId)
                .setOccurredAt(occurredAt)
                .setSource(Topics.INTAKE_SERVICE)
                .setUpdateType(type)
                .setActor(actor)
                .setNote(TextRedactor.redact(UnicodeText.normaliseToNull(command.note()), region))
                .setResolution(resolution)
                .setExtension(extension)
                .setTierChange(tierChange)
                .setNewLoss(type == CaseUpdateType.NEW_LOSS_REPORTED ? command.newLoss() : null)
                .build();
        synchronized (locks[Math.floorMod(caseId.hashCode(), LOCK_STRIPES)]) {
            CaseLifecycleState state = lifecycles.stateOf(caseId);
            String digest = UpdateDigest.of(update);
            Optional<CaseLifecycleState.RecordedUpdate> earlier = command.idempotencyKey() == null
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
        if (written.isAfter(now.plus(allowedClockSkew))) {
            violations.add(new FieldViolation("occurredAt", "occurred_in_future", "the update's time lies in the future"));
        } else if (written.isBefore(caseReceivedAt.minus(allowedClockSkew))) {
            violations.add(new FieldViolation("occurredAt", "occurred_before_receipt",
                    "the update's time lies before the case was received"));
        }
        return written;
    }

    private static CaseUpdateType updateType(String written, List<FieldViolation> violations) {
        String name = UnicodeText.normaliseToNull(written);
        if (name != null) {
            try {
                CaseUpdateType type = CaseUpdateType.valueOf(name.toUpperCase(Locale.ROOT));
                if (type != CaseUpdateType.UNKNOWN) {
                    return type;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        violations.add(new FieldViolation("updateType", "invalid_update_type",
                "one of ACKNOWLEDGED, RESPONDED, AWAITING_CUSTOMER, CUSTOMER_REPLIED, ESCALATED, RESOLVED, CLOSED, "
                        + "REOPENED, REGULATOR_REFERRAL, EXTENSION_GRANTED, APPRAISAL_STARTED, APPRAISAL_ENDED, "
                        + "TIER_CHANGE_REQUESTED, NEW_LOSS_REPORTED"));
        return null;
    }

    private static Resolution resolution(CaseUpdateCommand command, String region, List<FieldViolation> violations) {
        CaseUpdateCommand.ResolutionCommand resolution = command.resolution();
        if (resolution == null) {
            violations.add(new FieldViolation("resolution", "missing_resolution", "required for RESOLVED"));
            return null;
        }
        ResolutionOutcome outcome = null;
        try {
            outcome = ResolutionOutcome.valueOf(String.valueOf(resolution.outcome()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation("resolution.outcome", "invalid_outcome",
                    "one of UPHELD, PARTIALLY_UPHELD, NOT_UPHELD, WITHDRAWN"));
        }
        String nextSteps = UnicodeText.normaliseToNull(resolution.nextSteps());
        if (nextSteps == null) {
            violations.add(new FieldViolation("resolution.nextSteps", "missing_next_steps",
                    "what the customer can do next is required"));
        }
        if (outcome == null || nextSteps == null) {
            return null;
        }
        return new Resolution(outcome, TextRedactor.redact(UnicodeText.normaliseToNull(resolution.remedy()), region),
                resolution.amountRefunded(),
                TextRedactor.redact(UnicodeText.normaliseToNull(resolution.responsibleParty()), region),
                TextRedactor.redact(nextSteps, region), Boolean.TRUE.equals(resolution.regulatorRecourseNotified()));
    }

    private static ExtensionGrant extension(CaseUpdateCommand command, String region,
            List<FieldViolation> violations) {
        CaseUpdateCommand.ExtensionCommand extension = command.extension();
        if (extension == null || extension.requestedWorkingDays() == null || extension.requestedWorkingDays() < 1
                || UnicodeText.normaliseToNull(extension.reason()) == null
                || UnicodeText.normaliseToNull(extension.approvedBy()) == null) {
            violations.add(new FieldViolation("extension", "invalid_extension",
                    "requestedWorkingDays (at least 1), reason and approvedBy are required for EXTENSION_GRANTED"));
            return null;
        }
        return new ExtensionGrant(extension.requestedWorkingDays(),
                TextRedactor.redact(UnicodeText.normalise(extension.reason()), region),
                UnicodeText.normalise(extension.approvedBy()));
    }

    private static TierChangeRequest tierChange(CaseUpdateCommand command, String region,
            List<FieldViolation> violations) {
        CaseUpdateCommand.TierChangeCommand tierChange = command.tierChange();
        if (tierChange == null || tierChange.requestedTier() == null || tierChange.requestedTier() < 1
                || tierChange.requestedTier() > LOWEST_TIER || UnicodeText.normaliseToNull(tierChange.reason()) == null) {
            violations.add(new FieldViolation("tierChange", "invalid_tier_change",
                    "requestedTier (1 to 4) and reason are required for TIER_CHANGE_REQUESTED"));
            return null;
        }
        return new TierChangeRequest(tierChange.requestedTier(),
                TextRedactor.redact(UnicodeText.normalise(tierChange.reason()), region));
    }
}
