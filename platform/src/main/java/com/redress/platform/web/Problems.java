package com.redress.platform.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The RFC 9457 problem details every service answers errors with. None names anything of the request: a path, a
 * header, a method or a submitted value sent back could be replayed into a page or a log that trusts the service.
 */
public final class Problems {

    public static final String MALFORMED_REQUEST = "/problems/malformed-request";
    public static final String MISSING_API_KEY = "/problems/missing-api-key";
    public static final String INVALID_API_KEY = "/problems/invalid-api-key";
    public static final String ACCESS_DENIED = "/problems/access-denied";
    public static final String NOT_FOUND = "/problems/not-found";
    public static final String METHOD_NOT_ALLOWED = "/problems/method-not-allowed";
    public static final String NOT_ACCEPTABLE = "/problems/not-acceptable";
    public static final String PAYLOAD_TOO_LARGE = "/problems/payload-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = "/problems/unsupported-media-type";
    public static final String HEADERS_TOO_LARGE = "/problems/headers-too-large";
    public static final String RATE_LIMITED = "/problems/rate-limited";
    public static final String TEMPORARILY_UNAVAILABLE = "/problems/temporarily-unavailable";
    public static final String INTERNAL_ERROR = "/problems/internal-error";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type));
        problem.setTitle(title);
        return problem;
    }

    /** 400 for a request that is not in a form the service accepts (its path, a header, its body). */
    public static ProblemDetail malformedRequest(String detail) {
        return of(HttpStatus.BAD_REQUEST, MALFORMED_REQUEST, "Malformed request", detail);
    }

    /** 413 for a body over {@code maxBytes}. */
    public static ProblemDetail tooLarge(long maxBytes) {
        return of(HttpStatus.CONTENT_TOO_LARGE, PAYLOAD_TOO_LARGE, "Request too large",
                "The request body exceeds " + maxBytes + " bytes");
    }

    /** 415 for a JSON body declared in another encoding than UTF-8, the only one JSON has (RFC 8259). */
    public static ProblemDetail notUtf8Json() {
        return of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "A JSON body must be encoded in UTF-8: send Content-Type application/json, with no charset or "
                        + "charset=UTF-8");
    }

    /**
     * The problem for {@code status} when nothing more is known than the status: a fixed type, title and detail, the
     * same for every request.
     */
    public static ProblemDetail forStatus(int status) {
        return switch (status) {
            case 400 -> malformedRequest("The request is not in a form this service accepts");
            case 401 -> of(HttpStatus.UNAUTHORIZED, MISSING_API_KEY, "API key required",
                    "Send the client's API key in the " + ApiKeyAuthentication.HEADER + " header");
            case 403 -> of(HttpStatus.FORBIDDEN, ACCESS_DENIED, "Access denied", "This request is not allowed");
            case 404 -> of(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", "There is nothing at this path");
            case 405 -> of(HttpStatus.METHOD_NOT_ALLOWED, METHOD_NOT_ALLOWED, "Method not allowed",
                    "This path does not answer the request's method; the Allow header lists the methods it does");
            case 406 -> of(HttpStatus.NOT_ACCEPTABLE, NOT_ACCEPTABLE, "Not acceptable",
                    "This service answers in application/json, and errors in application/problem+json; accept one "
                            + "of them");
            case 413 -> of(HttpStatus.CONTENT_TOO_LARGE, PAYLOAD_TOO_LARGE, "Request too large",
                    "The request is larger than this service accepts");
            case 415 -> of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "Send the body as application/json, encoded in UTF-8");
            case 429 -> of(HttpStatus.TOO_MANY_REQUESTS, RATE_LIMITED, "Too many requests",
                    "Too many requests; retry later");
            case 431 -> of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, HEADERS_TOO_LARGE,
                    "Request headers too large", "The request's headers are larger than this service accepts");
            case 503 -> of(HttpStatus.SERVICE_UNAVAILABLE, TEMPORARILY_UNAVAILABLE, "Temporarily unavailable",
                    "The service cannot answer right now; retry shortly");
            default -> generic(status);
        };
    }

    private static ProblemDetail generic(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        if (status >= 500 || known == null) {
            return of(HttpStatusCode.valueOf(status >= 400 && status <= 599 ? status : 500), INTERNAL_ERROR,
                    "Internal error", "The service could not answer this request; retry later");
        }
        // a client error without a type of its own: RFC 9457's about:blank, titled by the status
        return of(known, "about:blank", known.getReasonPhrase(), "The request cannot be answered as sent");
    }
}
