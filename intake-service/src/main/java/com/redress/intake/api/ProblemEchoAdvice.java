package com.redress.intake.api;

import java.net.URI;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Takes out of every problem detail Spring MVC writes what would repeat the request: the {@code instance}, which
 * Spring fills with the request path (and so with whatever id the caller put there, a phone number as likely as a
 * case id), and the {@code detail} of Spring's own problems (no type, or {@code about:blank}), which quote the
 * request too, e.g. {@code No static resource <path>.} or {@code Content-Type '<header>' is not supported.}. Their
 * status and title stay.
 */
@RestControllerAdvice
class ProblemEchoAdvice implements ResponseBodyAdvice<Object> {

    private static final URI SPRINGS_OWN = URI.create("about:blank");

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            problem.setInstance(null);
            if (problem.getType() == null || SPRINGS_OWN.equals(problem.getType())) {
                problem.setDetail(null);
            }
        }
        return body;
    }
}
