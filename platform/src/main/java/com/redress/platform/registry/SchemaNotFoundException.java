package com.redress.platform.registry;

/**
 * The registry has no schema with the requested id, or the schema is not registered under the subject
 * (Confluent error 40403).
 */
public class SchemaNotFoundException extends SchemaRegistryException {

    public SchemaNotFoundException(String message) {
        super(message, 404, SCHEMA_NOT_FOUND);
    }
}
