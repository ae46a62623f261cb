package com.redress.intake.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import com.redress.intake.normalisation.FieldViolation;

/**
 * The RFC 9457 problem details of intake's own errors, beside the platform's ({@link com.redress.platform.web.Problems});
 * none ever echoes a submitted value.
 */
final class Problems {

    static final String INVALID_SUBMISSION = "/problems/invalid-submission";
    static final String MALFORMED_REQUEST = com.redress.platform.web.Problems.MALFORMED_REQUEST;
    static final String UNKNOWN_CASE = "/problems/unknown-case";
    static final String TEMPORARILY_UNAVAILABLE = com.redress.platform.web.Problems.TEMPORARILY_UNAVAILABLE;
    static final String RATE_LIMITED = com.redress.platform.web.Problems.RATE_LIMITED;
    static final String LIFECYCLE_CONFLICT = "/problems/lifecycle-conflict";
    static final String CONFLICTING_SUBMISSION = "/problems/conflicting-submission";
    static final String IDEMPOTENCY_KEY_REUSED = "/problems/idempotency-key-reused";

    private Problems() {
    }

    static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        return com.redress.platform.web.Problems.of(status, type, title, detail);
    }

    static ProblemDetail invalid(List<FieldViolation> violations) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, INVALID_SUBMISSION, "Invalid submission",
                violations.size() + " field(s) are invalid; see errors");
        problem.setProperty("errors", violations.stream()
                .map(violation -> Map.of("field", violation.field(), "code", violation.code(),
                        "detail", violation.message()))
                .toList());
        return problem;
    }
}
