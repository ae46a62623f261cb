package com.redress.platform.registry;

import java.util.Objects;
import org.apache.avro.Schema;

/**
 * One version of a subject as the registry stores it.
 *
 * @param subject the subject, e.g. {@code complaints.registered-value}
 * @param id the schema's global id, the one written into the Confluent wire format
 * @param version the version of the schema within the subject, starting at 1
 * @param schema the parsed Avro schema
 */
public record RegisteredSchema(String subject, int id, int version, Schema schema) {

    public RegisteredSchema {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(schema, "schema");
    }
}
