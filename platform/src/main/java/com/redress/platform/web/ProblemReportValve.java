package com.redress.platform.web;

import java.io.IOException;
import java.io.PrintWriter;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's error report in problem+json instead of an HTML page: what Tomcat refuses before any application sees the
 * request (a malformed request line or header, a header too large, an encoded {@code /} or {@code \0} in the path) is
 * answered with a fixed title and detail for the status. Tomcat's own report names the offending characters of the
 * request; this one says nothing of it.
 */
public class ProblemReportValve extends ErrorReportValve {

    private final ProblemWriter problems;

    public ProblemReportValve(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's report: nothing for a success, once something is written, or an error already reported
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ProblemDetail problem = Problems.forStatus(status);
        try {
            response.setContentType(ProblemWriter.CONTENT_TYPE);
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(problems.toJson(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the response could not take a body: the status is all there is
        }
    }
}
