package com.redress.intake.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import com.redress.intake.normalisation.FieldViolation;

/** The RFC 9457 problem details intake answers with; none ever echoes a submitted value. */
final class Problems {

    static final String INVALID_SUBMISSION = "/problems/invalid-submission";
    static final String MALFORMED_REQUEST = "/problems/malformed-request";
    static final String MISSING_API_KEY = "/problems/missing-api-key";
    static final String INVALID_API_KEY = "/problems/invalid-api-key";
    static final String ACCESS_DENIED = "/problems/access-denied";
    static final String PAYLOAD_TOO_LARGE = "/problems/payload-too-large";
    static final String UNKNOWN_CASE = "/problems/unknown-case";
    static final String TEMPORARILY_UNAVAILABLE = "/problems/temporarily-unavailable";
    static final String RATE_LIMITED = "/problems/rate-limited";
    static final String LIFECYCLE_CONFLICT = "/problems/lifecycle-conflict";
    static final String CONFLICTING_SUBMISSION = "/problems/conflicting-submission";
    static final String IDEMPOTENCY_KEY_REUSED = "/problems/idempotency-key-reused";

    private Problems() {
    }

    static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type));
        problem.setTitle(title);
        return problem;
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
