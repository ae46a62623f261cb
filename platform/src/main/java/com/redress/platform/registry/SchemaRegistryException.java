package com.redress.platform.registry;

import java.util.OptionalInt;

/**
 * Failure of a schema registry operation, carrying the HTTP status and Confluent error code when the registry answered.
 */
public class SchemaRegistryException extends RuntimeException {

    /** Confluent error code: the subject does not exist (or has no versions). */
    public static final int SUBJECT_NOT_FOUND = 40401;
    /** Confluent error code: the requested version does not exist. */
    public static final int VERSION_NOT_FOUND = 40402;
    /** Confluent error code: no schema with that id, or the schema is not registered under the subject. */
    public static final int SCHEMA_NOT_FOUND = 40403;
    /** Confluent error code: the subject has no compatibility level of its own. */
    public static final int SUBJECT_COMPATIBILITY_NOT_CONFIGURED = 40408;
    /** Confluent error code: the schema is incompatible with earlier versions of the subject. */
    public static final int INCOMPATIBLE_SCHEMA = 409;
    /** Confluent error code: the schema text is not a valid schema. */
    public static final int INVALID_SCHEMA = 42201;

    private static final int NONE = -1;

    private final int httpStatus;
    private final int errorCode;

    public SchemaRegistryException(String message, int httpStatus, int errorCode) {
        this(message, httpStatus, errorCode, null);
    }

    public SchemaRegistryException(String message, int httpStatus) {
        this(message, httpStatus, NONE, null);
    }

    public SchemaRegistryException(String message, Throwable cause) {
        this(message, NONE, NONE, cause);
    }

    protected SchemaRegistryException(String message, int httpStatus, int errorCode, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    /** The HTTP status the registry answered with; empty when no answer was received. */
    public OptionalInt httpStatus() {
        return httpStatus == NONE ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /** The Confluent {@code error_code} from the registry's answer; empty when there was none. */
    public OptionalInt errorCode() {
        return errorCode == NONE ? OptionalInt.empty() : OptionalInt.of(errorCode);
    }
}
