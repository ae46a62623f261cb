package com.redress.platform.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of an Avro string as UTF-8 and refuses any that are not well-formed, where Avro itself would put
 * U+FFFD in their place: stray or truncated sequences, overlong forms, UTF-16 surrogates encoded as UTF-8 (CESU-8)
 * and code points beyond U+10FFFF. One pass over the bytes.
 */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    /**
     * The text of {@code length} bytes of {@code bytes}.
     *
     * @throws InvalidUtf8Exception at the first byte that is not part of a well-formed sequence
     */
    static String decode(byte[] bytes, int length) throws InvalidUtf8Exception {
        // a new decoder each time: decoders are stateful, and readers may be shared between threads
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        // UTF-8 never decodes to more UTF-16 units than it has bytes
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InvalidUtf8Exception(in.position(), length);
        }
        return out.flip().toString();
    }

    /**
     * An Avro string that is not well-formed UTF-8; an {@link IOException} so that it leaves Avro's reader as it is.
     * It gathers the path of the field it was found in on its way out.
     */
    static final class InvalidUtf8Exception extends IOException {

        private final int offset;
        private final int length;
        private String path = "";

        InvalidUtf8Exception(int offset, int length) {
            super("malformed UTF-8 at byte " + offset + " of a " + length + "-byte string");
            this.offset = offset;
            this.length = length;
        }

        /** Prefixes the name of the field (or map key marker) the string was read under. */
        InvalidUtf8Exception within(String name) {
            path = path.isEmpty() ? name : name + "." + path;
            return this;
        }

        /** Where the string is, e.g. {@code contact.email}; empty for a string that is the whole datum. */
        String path() {
            return path;
        }

        int offset() {
            return offset;
        }

        int length() {
            return length;
        }
    }
}
