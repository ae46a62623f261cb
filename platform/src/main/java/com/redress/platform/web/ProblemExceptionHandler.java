package com.redress.platform.web;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own errors (404, 405, 406, 415, a missing or mistyped parameter, an unreadable body, …) as problem
 * details that name nothing of the request: Spring's default details quote the method, the content type, the path or
 * the value that did not convert. A service's {@code @RestControllerAdvice} extends this class to add its own
 * exceptions; a service without one gets it as is.
 */
public abstract class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        RequestSizeFilter.PayloadTooLargeException tooLarge = causeOfType(e,
                RequestSizeFilter.PayloadTooLargeException.class);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.tooLarge(tooLarge.maxBytes()));
        }
        return ResponseEntity.badRequest()
                .body(Problems.malformedRequest("The body is not a JSON document of the expected shape"));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        Object problem = body == null || body instanceof ProblemDetail ? problemOf(e, statusCode) : body;
        return super.handleExceptionInternal(e, problem, headers, statusCode, request);
    }

    private static ProblemDetail problemOf(Exception e, HttpStatusCode status) {
        // the names of parameters and headers are the API's, never the request's values
        if (e instanceof MissingServletRequestParameterException missing) {
            return Problems.malformedRequest("The parameter " + missing.getParameterName() + " is required");
        }
        if (e instanceof MissingRequestHeaderException missing) {
            return Problems.malformedRequest("The header " + missing.getHeaderName() + " is required");
        }
        if (e instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
            return Problems.malformedRequest("The parameter " + mismatch.getPropertyName()
                    + " is not a valid value of its type");
        }
        return Problems.forStatus(status.value());
    }

    /** The first of {@code error}'s causes, itself included, of {@code type}, or {@code null}. */
    protected static <T extends Throwable> T causeOfType(Throwable error, Class<T> type) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }
}
