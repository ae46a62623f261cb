package com.redress.platform.web;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives an error that was answered with a status but no body the status's problem detail: the actuator's 404 for a
 * health component nobody has, a controller's {@code ResponseEntity.notFound().build()}. Errors sent with
 * {@code sendError} go to the error page instead, and answers with a body of their own are left as they are.
 */
public class EmptyErrorBodyFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;

    public EmptyErrorBodyFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BodyWatchingResponse watched = new BodyWatchingResponse(response);
        chain.doFilter(request, watched);
        if (response.getStatus() >= 400 && !watched.bodyStarted && !watched.errorSent && !response.isCommitted()
                && !request.isAsyncStarted()) {
            problems.write(response, Problems.forStatus(response.getStatus()));
        }
    }

    /** Notes whether anything began a body, or handed the error to the error page. */
    private static final class BodyWatchingResponse extends HttpServletResponseWrapper {

        private boolean bodyStarted;
        private boolean errorSent;

        BodyWatchingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            bodyStarted = true;
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            bodyStarted = true;
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            bodyStarted = true;
            super.flushBuffer();
        }

        @Override
        public void sendError(int status) throws IOException {
            errorSent = true;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            errorSent = true;
            super.sendError(status, message);
        }
    }
}
