package com.redress.intake.api;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.redress.intake.normalisation.Submission;
import com.redress.intake.registration.ComplaintRegistrar;
import com.redress.intake.registration.RegistrationOutcome;
import com.redress.intake.registration.SubmissionPath;
import com.redress.intake.status.CaseAccess;
import com.redress.intake.status.CaseStatusView;
import com.redress.intake.status.CaseViewQueries;
import com.redress.intake.status.RemoteCaseViews;
import com.redress.intake.updates.CaseUpdateCommand;
import com.redress.intake.updates.CaseUpdateService;
import com.redress.intake.updates.IdempotencyKeyReusedException;
import com.redress.intake.updates.UnknownCaseException;
import com.redress.platform.web.ApiKeyAuthentication;
import com.redress.platform.web.ApiScope;

/** The channel systems' REST door: submit complaints, forward case updates, read where a case stands. */
@RestController
@RequestMapping(path = "/api/v1/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
class ComplaintController {

    static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    private final ComplaintRegistrar registrar;
    private final CaseUpdateService updates;
    private final CaseViewQueries status;

    ComplaintController(ComplaintRegistrar registrar, CaseUpdateService updates, CaseViewQueries status) {
        this.registrar = registrar;
        this.updates = updates;
        this.status = status;
    }

    /**
     * Registers a complaint: 201 for a new case, 200 with the same case for a repeated submission, 409 for another
     * complaint under the channel message id of a registered one, 422 for an Idempotency-Key reused for another.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseReference> submit(@RequestBody ComplaintRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY_HEADER, required = false) String idempotencyKey,
            @AuthenticationPrincipal String channelSystem) {
        RegistrationOutcome outcome = registrar.register(toSubmission(request, idempotencyKey, channelSystem),
                SubmissionPath.REST);
        if (outcome.kind() == RegistrationOutcome.Kind.KEY_REUSED) {
            throw new IdempotencyKeyReusedException();
        }
        if (outcome.conflicting()) {
            throw new ConflictingSubmissionProblem();
        }
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/complaints/" + outcome.caseId()))
                .body(new CaseReference(outcome.caseId(), outcome.caseNumber(), !outcome.created()));
    }

    /**
     * Where a case stands: registration, stage, grade, SLA and latest notification; a submitter sees only its own. The
     * instance holding the case answers; the caller's key is passed on to it.
     */
    @GetMapping("/{caseId}")
    CaseStatusView status(@PathVariable String caseId, Authentication client,
            @RequestHeader(ApiKeyAuthentication.HEADER) String apiKey,
            @RequestHeader(name = RemoteCaseViews.FORWARDED_HEADER, required = false) boolean forwarded) {
        if (!isUuid(caseId)) {
            throw new UnknownCaseException();
        }
        return status.statusOf(caseId,
                new CaseAccess((String) client.getPrincipal(), ApiKeyAuthentication.hasScope(client, ApiScope.READ)),
                apiKey, forwarded);
    }

    /** Forwards a case-handling system's update of a registered case to complaints.updates. */
    @PostMapping(path = "/{caseId}/updates", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UpdateAccepted> update(@PathVariable String caseId, @RequestBody UpdateRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY_HEADER, required = false) String idempotencyKey) {
        if (!isUuid(caseId)) {
            throw new UnknownCaseException();
        }
        CaseUpdateCommand command = request.toCommand(idempotencyKey);
        UUID eventId = updates.update(caseId, command);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new UpdateAccepted(caseId, eventId));
    }

    private static Submission toSubmission(ComplaintRequest request, String idempotencyKey, String channelSystem) {
        return new Submission(
                channelSystem,
                request.channel(),
                request.channelMessageId(),
                idempotencyKey,
                request.receivedAt() == null ? null : request.receivedAt().toInstant(),
                request.zone(),
                request.customerReference(),
                request.phone(),
                request.email(),
                request.appPushId(),
                request.preferredContactChannel(),
                request.language(),
                request.segment(),
                request.product(),
                request.amount(),
                request.text(),
                request.codes(),
                request.firstContact() == null ? null : request.firstContact().staffId(),
                request.firstContact() == null ? null : request.firstContact().unitId());
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
