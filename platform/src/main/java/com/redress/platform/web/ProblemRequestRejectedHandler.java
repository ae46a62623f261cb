package com.redress.platform.web;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Answers what Spring Security's firewall refuses, before any filter of a chain, in problem+json that echoes nothing
 * of the request: a method it does not let through (such as {@code TRACE}) as 405 with the methods the path does serve
 * in {@code Allow}, or 404 where nothing is served; any other refusal (a path spelling that could be read two ways, a
 * header with control characters) as 400.
 */
final class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    /** The methods {@code StrictHttpFirewall} lets through by default. */
    private static final Set<String> FIREWALL_METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST",
            "PUT");

    private final ProblemWriter problems;
    private final AllowedMethods allowedMethods;

    ProblemRequestRejectedHandler(ProblemWriter problems, AllowedMethods allowedMethods) {
        this.problems = problems;
        this.allowedMethods = allowedMethods;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        if (!FIREWALL_METHODS.contains(request.getMethod())) {
            Optional<Set<String>> allowed = allowedMethods.at(request);
            if (allowed.isEmpty()) {
                problems.write(response, Problems.forStatus(HttpStatus.NOT_FOUND.value()));
                return;
            }
            response.setHeader(HttpHeaders.ALLOW, String.join(", ", allowed.get()));
            problems.write(response, Problems.forStatus(HttpStatus.METHOD_NOT_ALLOWED.value()));
            return;
        }
        problems.write(response, Problems.malformedRequest(
                "The request path or a header is not in a form this service accepts"));
    }
}
