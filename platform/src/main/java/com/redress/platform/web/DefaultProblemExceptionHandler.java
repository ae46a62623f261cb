package com.redress.platform.web;

import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Spring MVC's own errors as problem details, for a service without an exception handler of its own. */
@RestControllerAdvice
final class DefaultProblemExceptionHandler extends ProblemExceptionHandler {
}
