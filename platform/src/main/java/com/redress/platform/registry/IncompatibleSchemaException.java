package com.redress.platform.registry;

/** The registry refused a schema because it breaks the subject's compatibility level (HTTP 409). */
public class IncompatibleSchemaException extends SchemaRegistryException {

    public IncompatibleSchemaException(String message) {
        super(message, 409, INCOMPATIBLE_SCHEMA);
    }
}
