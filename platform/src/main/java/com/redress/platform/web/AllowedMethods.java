package com.redress.platform.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Which methods Spring MVC serves at a request's path, asked of every request-mapping handler mapping (controllers and
 * actuator endpoints) with the request as it came: so that a method refused before Spring MVC, such as {@code TRACE},
 * is answered as Spring MVC answers one it does not serve, 405 with a truthful {@code Allow}, or 404.
 */
final class AllowedMethods {

    private final List<RequestMappingInfoHandlerMapping> mappings;

    AllowedMethods(List<RequestMappingInfoHandlerMapping> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    /**
     * The methods served at the path of {@code request}, whose own method none of them is; empty when nothing is
     * served there. The error page is not counted: it only answers errors.
     */
    Optional<Set<String>> at(HttpServletRequest request) {
        Set<String> allowed = new TreeSet<>();
        boolean served = false;
        boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
        try {
            if (!parsed) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            for (RequestMappingInfoHandlerMapping mapping : mappings) {
                try {
                    HandlerExecutionChain handler = mapping.getHandler(request);
                    if (handler != null && !isErrorPage(handler.getHandler())) {
                        // a handler that takes any method; the refused one is still refused
                        served = true;
                    }
                } catch (HttpRequestMethodNotSupportedException e) {
                    served = true;
                    if (e.getSupportedMethods() != null) {
                        allowed.addAll(List.of(e.getSupportedMethods()));
                    }
                } catch (Exception e) {
                    // the path matched but something else did not: it tells nothing of the methods
                }
            }
        } catch (RuntimeException e) {
            // a path no mapping can parse serves nothing
            return Optional.empty();
        } finally {
            if (!parsed) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
        return served ? Optional.of(allowed) : Optional.empty();
    }

    private static boolean isErrorPage(Object handler) {
        return handler instanceof HandlerMethod method && ErrorController.class.isAssignableFrom(method.getBeanType());
    }
}
