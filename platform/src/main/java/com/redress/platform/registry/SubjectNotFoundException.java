package com.redress.platform.registry;

/** The registry has no versions under the requested subject (Confluent error 40401). */
public class SubjectNotFoundException extends SchemaRegistryException {

    public SubjectNotFoundException(String message) {
        super(message, 404, SUBJECT_NOT_FOUND);
    }
}
