package com.redress.intake.normalisation;

/**
 * One reason a submission cannot be registered: the field, a stable machine-readable code (also the metric's
 * {@code reason} tag) and a message for the channel system's developers. Never contains the rejected value.
 */
public record FieldViolation(String field, String code, String message) {

    @Override
    public String toString() {
        return field + ": " + code + " (" + message + ")";
    }
}
