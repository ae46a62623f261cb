package com.redress.intake.api;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.core.JacksonException;

import com.redress.intake.deduplication.RegisteredCasesUnavailableException;
import com.redress.intake.normalisation.InvalidSubmissionException;
import com.redress.intake.registration.EventPublishingException;
import com.redress.intake.status.CaseStatusUnavailableException;
import com.redress.intake.updates.IdempotencyKeyReusedException;
import com.redress.intake.updates.LifecycleConflictException;
import com.redress.intake.updates.UnknownCaseException;
import com.redress.platform.web.ProblemExceptionHandler;
import com.redress.platform.web.RequestSizeFilter;

/**
 * Turns every failure of the REST API into an RFC 9457 problem detail: intake's own here, Spring's (415, 405, ...) as
 * the platform's {@link ProblemExceptionHandler} does.
 */
@RestControllerAdvice
class ProblemHandler extends ProblemExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(InvalidSubmissionException.class)
    ProblemDetail invalid(InvalidSubmissionException e) {
        return Problems.invalid(e.violations());
    }

    @ExceptionHandler(UnknownCaseException.class)
    ProblemDetail unknownCase(UnknownCaseException e) {
        return Problems.of(HttpStatus.NOT_FOUND, Problems.UNKNOWN_CASE, "Unknown case",
                "No case with this id is registered");
    }

    @ExceptionHandler(ConflictingSubmissionProblem.class)
    ProblemDetail conflictingSubmission(ConflictingSubmissionProblem e) {
        return Problems.of(HttpStatus.CONFLICT, Problems.CONFLICTING_SUBMISSION, "Conflicting submission",
                "A complaint with this channel message id or Idempotency-Key is already registered with other "
                        + "content; send a new key for a new complaint");
    }

    @ExceptionHandler(LifecycleConflictException.class)
    ProblemDetail lifecycleConflict(LifecycleConflictException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, Problems.LIFECYCLE_CONFLICT,
                "Update not allowed in the case's stage",
                "The case is " + e.stage() + "; the updates it allows are listed in allowedUpdates");
        problem.setProperty("stage", e.stage().name());
        problem.setProperty("allowedUpdates", e.allowed().stream().map(Enum::name).toList());
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, Problems.IDEMPOTENCY_KEY_REUSED,
                "Idempotency key reused", "This Idempotency-Key was used before for a different request; "
                        + "send a new key for a new request");
    }

    @ExceptionHandler({RegisteredCasesUnavailableException.class, CaseStatusUnavailableException.class,
            EventPublishingException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        log.warn("Request refused while a view or Kafka is unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.TEMPORARILY_UNAVAILABLE,
                        "Temporarily unavailable", "Intake cannot answer right now; retry the same request shortly"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        RequestSizeFilter.PayloadTooLargeException tooLarge = causeOfType(e,
                RequestSizeFilter.PayloadTooLargeException.class);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(com.redress.platform.web.Problems.tooLarge(tooLarge.maxBytes()));
        }
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST, "Malformed request",
                "The body is not a JSON document of the expected shape");
        JacksonException jsonError = causeOfType(e, JacksonException.class);
        String field = jsonError == null ? "" : fieldPath(jsonError);
        if (!field.isEmpty()) {
            // the parser stops at the first bad value, so there is one field to name; its value is never echoed
            problem.setProperty("errors", List.of(Map.of("field", field, "code", "malformed_value",
                    "detail", "not a valid value of the expected type")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String fieldPath(JacksonException error) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : error.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
