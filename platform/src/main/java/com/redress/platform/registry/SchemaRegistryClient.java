package com.redress.platform.registry;

import java.util.Optional;
import org.apache.avro.Schema;

/**
 * Client of the Confluent Schema Registry REST API (v7), limited to what the Avro serde and operators need.
 *
 * <p>Implementations throw {@link SchemaRegistryException} (or one of its subclasses) for every failure.
 */
public interface SchemaRegistryClient {

    /**
     * Registers {@code schema} under {@code subject}, or returns the existing id if it is already registered there.
     *
     * @throws IncompatibleSchemaException if the subject's compatibility level rejects the schema
     */
    int register(String subject, Schema schema);

    /**
     * Looks up the id of a schema already registered under {@code subject}, without registering it.
     *
     * @throws SubjectNotFoundException if the subject has no versions
     * @throws SchemaNotFoundException if the subject exists but does not contain the schema
     */
    int idOf(String subject, Schema schema);

    /**
     * Fetches the schema registered with the global {@code id}.
     *
     * @throws SchemaNotFoundException if no schema has that id
     */
    Schema byId(int id);

    /**
     * Fetches the latest version registered under {@code subject}.
     *
     * @throws SubjectNotFoundException if the subject has no versions
     */
    RegisteredSchema latest(String subject);

    /** Tests whether {@code schema} could be registered under {@code subject} as its next version. */
    CompatibilityResult testCompatibility(String subject, Schema schema);

    /**
     * Returns the compatibility level of {@code subject}, falling back to the global level when the subject has none
     * of its own, or the global level when {@code subject} is empty.
     */
    String compatibility(Optional<String> subject);

    /** Sets the compatibility level (e.g. {@code BACKWARD}) of {@code subject}, or the global level when empty. */
    void setCompatibility(Optional<String> subject, String level);
}
