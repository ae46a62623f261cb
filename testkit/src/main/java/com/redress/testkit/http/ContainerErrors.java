package com.redress.testkit.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Requests every service must refuse before any controller sees them, each answered in problem+json that echoes
 * nothing of it: malformed request lines and headers, a header too large, encoded {@code /} and {@code \0} in the
 * path, {@code TRACE}, an unknown method, the error page asked for directly, a path nothing serves. Every request
 * carries {@link #MARKER}, which no answer may contain.
 */
public final class ContainerErrors {

    /** Written into every probe; found in an answer, it means the answer echoed the request. */
    public static final String MARKER = "zq7probe";

    private ContainerErrors() {
    }

    /**
     * A request and the status it must get.
     *
     * @param name    what is wrong with it
     * @param request its bytes
     * @param status  the status it must be answered with
     */
    public record Probe(String name, byte[] request, int status) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** The probes, addressed to {@code host:port}; {@code servedPath} is a path the service answers GET on. */
    public static List<Probe> probes(String host, int port, String servedPath) {
        String hostHeader = "Host: " + host + ":" + port + "\r\n";
        String close = "Connection: close\r\n";
        List<Probe> probes = new ArrayList<>();
        probes.add(probe("a bare CR in a header", "GET " + servedPath + " HTTP/1.1\r\n" + hostHeader + close
                + "X-Probe: a\r" + MARKER + "\r\n\r\n", 400));
        probes.add(probe("a header name with a space", "GET " + servedPath + " HTTP/1.1\r\n" + hostHeader + close
                + "X " + MARKER + ": a\r\n\r\n", 400));
        probes.add(probe("an encoded slash in the path", "GET /actuator%2F" + MARKER + " HTTP/1.1\r\n" + hostHeader
                + close + "\r\n", 400));
        probes.add(probe("an encoded nul in the path", "GET /" + MARKER + "%00 HTTP/1.1\r\n" + hostHeader + close
                + "\r\n", 400));
        probes.add(probe("an invalid character in the request target", "GET /" + MARKER + "\"<x> HTTP/1.1\r\n"
                + hostHeader + close + "\r\n", 400));
        probes.add(probe("a header larger than the server takes", "GET " + servedPath + " HTTP/1.1\r\n" + hostHeader
                + close + "X-Probe: " + MARKER + "a".repeat(64 * 1024) + "\r\n\r\n", 400));
        probes.add(probe("no Host header", "GET /" + MARKER + " HTTP/1.1\r\n" + close + "\r\n", 400));
        probes.add(probe("TRACE of a path nothing serves", "TRACE /" + MARKER + " HTTP/1.1\r\n" + hostHeader + close
                + "X-Probe: " + MARKER + "\r\n\r\n", 404));
        probes.add(probe("TRACE of a served path", "TRACE " + servedPath + "?" + MARKER + " HTTP/1.1\r\n"
                + hostHeader + close + "X-Probe: " + MARKER + "\r\n\r\n", 405));
        probes.add(probe("an unknown method", MARKER.toUpperCase(Locale.ROOT) + " " + servedPath + " HTTP/1.1\r\n"
                + hostHeader + close + "\r\n", 405));
        probes.add(probe("the error page asked for", "GET /error?" + MARKER + " HTTP/1.1\r\n" + hostHeader + close
                + "\r\n", 404));
        probes.add(probe("a path nothing serves", "GET /" + MARKER + " HTTP/1.1\r\n" + hostHeader + close + "\r\n",
                404));
        return List.copyOf(probes);
    }

    /**
     * What is wrong with each answer to the probes: its status, a content type other than problem+json, the
     * {@link #MARKER} echoed, or an {@code Allow} header naming a method the path does not serve. Empty when every
     * answer is right.
     */
    public static List<String> misanswered(RawHttp http, String host, int port, String servedPath,
            List<String> methodsServed) {
        List<String> wrong = new ArrayList<>();
        for (Probe probe : probes(host, port, servedPath)) {
            RawHttp.Answer answer = http.sendBytes(probe.request());
            wrong.addAll(wrongWith(probe.name(), probe.status(), answer));
            String allow = answer.header("Allow");
            if (probe.status() == 405 && (allow == null || !List.of(allow.split(",\\s*")).equals(methodsServed))) {
                wrong.add(probe.name() + ": Allow " + allow + ", expected " + String.join(", ", methodsServed));
            }
        }
        return wrong;
    }

    /**
     * What is wrong with {@code answer} to a request that must be refused with {@code status} in problem+json
     * without echoing {@link #MARKER}; empty when it is right.
     */
    public static List<String> wrongWith(String name, int status, RawHttp.Answer answer) {
        List<String> wrong = new ArrayList<>();
        if (answer.status() != status) {
            wrong.add(name + ": status " + answer.status() + ", expected " + status);
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            wrong.add(name + ": Content-Type " + answer.contentType());
        }
        if (!answer.body().contains("\"status\":" + answer.status())) {
            wrong.add(name + ": body is no problem detail of its status: " + answer.body());
        }
        if (answer.raw().toLowerCase(Locale.ROOT).contains(MARKER)) {
            wrong.add(name + ": the answer echoes the request: " + answer.raw());
        }
        return wrong;
    }

    private static Probe probe(String name, String request, int status) {
        return new Probe(name, request.getBytes(StandardCharsets.ISO_8859_1), status);
    }
}
