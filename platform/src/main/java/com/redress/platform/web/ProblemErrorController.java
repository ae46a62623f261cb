package com.redress.platform.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page, in place of Spring Boot's: whatever ends in the servlet container's error handling (an exception no
 * handler took, a {@code sendError} from a filter) is answered in problem+json with a fixed title and detail for its
 * status, whatever the request accepts, and echoing nothing of it. Asked for directly, the page is not there: 404.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
final class ProblemErrorController implements ErrorController {

    private final ProblemWriter problems;

    ProblemErrorController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            problems.write(response, Problems.forStatus(HttpStatus.NOT_FOUND.value()));
            return;
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer value && value >= 400 ? value : HttpStatus.INTERNAL_SERVER_ERROR.value();
        if (!response.isCommitted()) {
            response.resetBuffer();
        }
        problems.write(response, Problems.forStatus(code));
    }
}
