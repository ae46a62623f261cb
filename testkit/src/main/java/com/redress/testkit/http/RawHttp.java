package com.redress.testkit.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 requests written byte for byte to a socket, so that no client library checks or normalises them first: a
 * bare CR in a header, {@code %2F} in a path, an unknown method reach the server as written.
 */
public final class RawHttp {

    private final String host;
    private final int port;

    public RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** A server on the loopback address. */
    public static RawHttp localhost(int port) {
        return new RawHttp("127.0.0.1", port);
    }

    /**
     * Sends {@code method target}, the given header lines (each without its CRLF) and, when not {@code null}, a body
     * with its {@code Content-Length}; adds {@code Host} and {@code Connection: close}.
     */
    public Answer send(String method, String target, List<String> headers, byte[] body) {
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach(header -> head.append(header).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            request.writeBytes(body);
        }
        return sendBytes(request.toByteArray());
    }

    /** Sends {@code method target} with the given header lines and no body. */
    public Answer send(String method, String target, String... headers) {
        return send(method, target, List.of(headers), null);
    }

    /** Sends exactly {@code request} and reads the answer until the server closes the connection. */
    public Answer sendBytes(byte[] request) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before taking all of the request
            }
            return Answer.parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            in.transferTo(bytes);
        } catch (IOException e) {
            // a reset after the answer was written: what was read is the answer
        }
        return bytes.toByteArray();
    }

    /**
     * An answer as it came off the wire.
     *
     * @param status  the status code
     * @param headers the header fields, by lower-case name
     * @param body    the body as UTF-8 (de-chunked when chunked)
     * @param raw     everything the server sent, as ISO-8859-1
     */
    public record Answer(int status, Map<String, List<String>> headers, String body, String raw) {

        /** The first value of header {@code name}, or {@code null}. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String contentType() {
            String contentType = header("Content-Type");
            return contentType == null ? "" : contentType;
        }

        static Answer parse(byte[] response) {
            String raw = new String(response, StandardCharsets.ISO_8859_1);
            int headEnd = raw.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                throw new IllegalStateException("No complete answer: " + raw);
            }
            String[] lines = raw.substring(0, headEnd).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        name -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
            }
            byte[] body = java.util.Arrays.copyOfRange(response, headEnd + 4, response.length);
            List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
            if (encoding.stream().anyMatch(value -> value.equalsIgnoreCase("chunked"))) {
                body = dechunk(body);
            }
            return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), raw);
        }

        private static byte[] dechunk(byte[] chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = 0;
            while (at < chunked.length) {
                int lineEnd = indexOfCrLf(chunked, at);
                if (lineEnd < 0) {
                    break;
                }
                String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
                int length = Integer.parseInt(size, 16);
                if (length == 0) {
                    break;
                }
                body.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
                at = lineEnd + 2 + length + 2;
            }
            return body.toByteArray();
        }

        private static int indexOfCrLf(byte[] bytes, int from) {
            for (int i = from; i + 1 < bytes.length; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    return i;
                }
            }
            return -1;
        }
    }
}
