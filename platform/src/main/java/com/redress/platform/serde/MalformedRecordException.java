package com.redress.platform.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A record whose Avro datum decodes against its schema but breaks the encoding's rules: a string that is not valid
 * UTF-8, or bytes left over after the datum. Names the defect as a short code ({@link #reason()}) for dead letters.
 */
public class MalformedRecordException extends SerializationException {

    /** A string of the datum is not well-formed UTF-8 (a stray byte, an overlong form, an encoded surrogate ...). */
    public static final String INVALID_UTF8 = "invalid_utf8";
    /** Bytes follow the datum: the record is not one Avro datum in the wire format. */
    public static final String TRAILING_BYTES = "trailing_bytes";

    private final String reason;

    MalformedRecordException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** The defect as a code: {@link #INVALID_UTF8} or {@link #TRAILING_BYTES}. */
    public String reason() {
        return reason;
    }
}
