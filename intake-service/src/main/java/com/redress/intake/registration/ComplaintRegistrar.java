package com.redress.intake.registration;

import java.time.Clock;
import java.util.Optional;

import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.redress.contract.Topics;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.intake.casenumber.CaseIdentities;
import com.redress.intake.casenumber.CaseIdentity;
import com.redress.intake.deduplication.DeduplicationKey;
import com.redress.intake.deduplication.RegisteredCases;
import com.redress.intake.normalisation.InvalidSubmissionException;
import com.redress.intake.normalisation.NormalisedComplaint;
import com.redress.intake.normalisation.Submission;
import com.redress.intake.normalisation.SubmissionNormaliser;
import com.redress.intake.privacy.IdentifierPseudonymiser;

/**
 * Registers a channel's submission as a case, once: normalises and validates it, derives the case identity from its
 * de-duplication key, answers a duplicate with the existing case (and a submission under an existing case's key but
 * with another text as conflicting), and otherwise writes {@code ComplaintRegistered} with its identifiers in
 * publishable form. REST and Kafka submissions both come through here.
 */
public class ComplaintRegistrar {

    private static final Logger log = LoggerFactory.getLogger(ComplaintRegistrar.class);

    private final SubmissionNormaliser normaliser;
    private final IdentifierPseudonymiser identifiers;
    private final ComplaintRegisteredFactory factory;
    private final CaseIdentities caseIdentities;
    private final RegisteredCases registeredCases;
    private final IntakeEventPublisher publisher;
    private final IntakeMetrics metrics;
    private final Clock clock;
    // one submission of a key at a time in this instance; across instances the deterministic ids absorb a race
    private final CaseLocks locks = new CaseLocks();

    ComplaintRegistrar(SubmissionNormaliser normaliser, IdentifierPseudonymiser identifiers,
            ComplaintRegisteredFactory factory, CaseIdentities caseIdentities, RegisteredCases registeredCases,
            IntakeEventPublisher publisher, IntakeMetrics metrics, Clock clock) {
        this.normaliser = normaliser;
        this.identifiers = identifiers;
        this.factory = factory;
        this.caseIdentities = caseIdentities;
        this.registeredCases = registeredCases;
        this.publisher = publisher;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Registers {@code submission}, or finds the case it duplicates or conflicts with. A conflicting submission is
     * counted as rejected ({@value RegistrationOutcome#CONFLICTING_SUBMISSION}); how to answer it is the door's call.
     *
     * @throws InvalidSubmissionException listing every invalid field
     * @throws com.redress.intake.deduplication.RegisteredCasesUnavailableException while the case view is loading
     * @throws EventPublishingException when the registration could not be written
     */
    public RegistrationOutcome register(Submission submission, SubmissionPath path) {
        Timer.Sample timing = metrics.startTiming();
        String channelTag = normaliser.resolveChannel(submission.channel()).map(Enum::name)
                .orElse(IntakeMetrics.UNKNOWN_CHANNEL);
        metrics.received(channelTag, path.tag());
        NormalisedComplaint complaint;
        try {
            complaint = normaliser.normalise(submission);
        } catch (InvalidSubmissionException e) {
            metrics.rejected(channelTag, e.primaryReason());
            throw e;
        }
        DeduplicationKey key = deduplicationKeyOf(complaint);
        CaseIdentity identity = caseIdentities.newIdentity(key,
                complaint.receivedAt().atZone(complaint.receivedZone()).toLocalDate());
        synchronized (locks.of(identity.caseId())) {
            Optional<ComplaintRegistered> existing = findRegistered(key);
            boolean byIdempotencyKey = existing.isPresent() && key.isIdempotencyKey();
            if (existing.isEmpty()) {
                existing = findByIdempotencyKey(complaint);
                byIdempotencyKey = existing.isPresent();
            }
            if (existing.isPresent()) {
                return repeatOrConflict(complaint, existing.get(), byIdempotencyKey, channelTag, path);
            }
            // identifiers in publishable form from here on: nothing after this point may see them as sent
            ComplaintRegistered registration = factory.build(identifiers.protect(complaint), identity,
                    clock.instant());
            publisher.publish(Topics.COMPLAINTS_REGISTERED, identity.caseId(), registration);
            registeredCases.remember(registration);
        }
        metrics.registered(channelTag, timing);
        log.info("Registered case {} ({}) via {} on channel {}", identity.caseId(), identity.caseNumber(), path.tag(),
                channelTag);
        return new RegistrationOutcome(identity.caseId(), identity.caseNumber(), true);
    }

    /** The case already registered for {@code key}, under the id of any case-id key, current or retired. */
    private Optional<ComplaintRegistered> findRegistered(DeduplicationKey key) {
        for (String caseId : caseIdentities.knownCaseIds(key)) {
            Optional<ComplaintRegistered> registered = registeredCases.find(caseId);
            if (registered.isPresent()) {
                return registered;
            }
        }
        return Optional.empty();
    }

    /**
     * A submission with an existing case's key is a repeat when it says the same, i.e. its text comes out as the
     * registered text; otherwise it is another complaint under a key already taken, and is not registered. The
     * registered-cases view holds the redacted text, so the comparison keeps no personal data; a difference inside
     * what redaction replaces (another phone number, say) would not change the registration and does not count.
     */
    private RegistrationOutcome repeatOrConflict(NormalisedComplaint complaint, ComplaintRegistered registered,
            boolean byIdempotencyKey, String channelTag, SubmissionPath path) {
        if (!factory.redactedText(complaint).equals(registered.getRedactedText())) {
            metrics.rejected(channelTag, RegistrationOutcome.CONFLICTING_SUBMISSION);
            log.warn("Submission via {} on channel {} conflicts with case {}: same de-duplication key, another text",
                    path.tag(), channelTag, registered.getCaseId());
            return new RegistrationOutcome(registered.getCaseId(), registered.getCaseNumber(), byIdempotencyKey
                    ? RegistrationOutcome.Kind.KEY_REUSED : RegistrationOutcome.Kind.CONFLICTING);
        }
        metrics.duplicate(channelTag);
        log.info("Submission via {} on channel {} duplicates case {}", path.tag(), channelTag,
                registered.getCaseId());
        return new RegistrationOutcome(registered.getCaseId(), registered.getCaseNumber(),
                RegistrationOutcome.Kind.DUPLICATE);
    }

    /**
     * The key of the identifiers as sent: case ids are keyed hashes of it (CaseIdentities), so it leaks nothing, and a
     * resend is recognised however its identifiers are published.
     */
    /**
     * The case an {@code Idempotency-Key} already registered when the submission also carries a channel message id: a
     * key stays bound to the request it first came with, so adding a message id to a retry neither opens a second case
     * nor escapes the comparison of texts.
     */
    private Optional<ComplaintRegistered> findByIdempotencyKey(NormalisedComplaint complaint) {
        NormalisedComplaint.Identifiers ids = complaint.identifiers();
        if (ids.channelMessageId() == null || ids.idempotencyKey() == null) {
            return Optional.empty();
        }
        return findRegistered(DeduplicationKey.ofIdempotencyKey(complaint.source(), ids.idempotencyKey()));
    }

    private static DeduplicationKey deduplicationKeyOf(NormalisedComplaint complaint) {
        NormalisedComplaint.Identifiers ids = complaint.identifiers();
        return ids.channelMessageId() != null
                ? DeduplicationKey.ofChannelMessage(complaint.channel(), ids.channelMessageId())
                : DeduplicationKey.ofIdempotencyKey(complaint.source(), ids.idempotencyKey());
    }
}
