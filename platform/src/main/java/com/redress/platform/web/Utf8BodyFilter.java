package com.redress.platform.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every JSON request body to UTF-8, the only encoding JSON has (RFC 8259): a body declared in another charset
 * ({@code application/json; charset=latin1}) is refused with 415 naming UTF-8, rather than decoded as declared and
 * stored as mojibake; a body that is not well-formed UTF-8 is refused with 400. Jackson refuses most ill-formed bytes
 * itself, but decodes some, such as the overlong two-byte form of {@code /}, as if they were the character; checked
 * here, every ill-formed body gets the same clear answer, whatever the request's path. Runs after Spring Security, so
 * only admitted requests are read, and within {@link RequestSizeFilter}'s limit.
 */
public class Utf8BodyFilter extends OncePerRequestFilter {

    private final ProblemWriter problemWriter;

    public Utf8BodyFilter(ProblemWriter problemWriter) {
        this.problemWriter = problemWriter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return jsonType(request.getContentType()) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!declaresUtf8OrNothing(jsonType(request.getContentType()))) {
            problemWriter.write(response, Problems.notUtf8Json());
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (RequestSizeFilter.PayloadTooLargeException e) {
            problemWriter.write(response, Problems.tooLarge(e.maxBytes()));
            return;
        }
        if (!isWellFormedUtf8(body)) {
            problemWriter.write(response, Problems.malformedRequest("The body is not well-formed UTF-8"));
            return;
        }
        chain.doFilter(new ReadBodyRequest(request, body), response);
    }

    static boolean isWellFormedUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Whether a JSON media type names no charset or UTF-8 (in any of its spellings). */
    private static boolean declaresUtf8OrNothing(MediaType type) {
        String charset = type.getParameter("charset");
        if (charset == null) {
            return true;
        }
        try {
            return Charset.forName(charset.strip().replace("\"", "")).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // unknown or illegal charset names are not UTF-8 either
            return false;
        }
    }

    /** The content type when it is JSON ({@code application/json} or any {@code +json}), else {@code null}. */
    private static MediaType jsonType(String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(type.getSubtypeSuffix())
                    ? type
                    : null;
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    /** The request with its body already read and checked. */
    private static final class ReadBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
