package com.redress.contract.compatibility;

import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;

/**
 * One reason why a current schema cannot read data written with a released version of it.
 *
 * @param schemaName     full name of the top-level schema, e.g. {@code com.redress.events.intake.ComplaintRegistered}
 * @param releaseVersion the released version it was checked against, e.g. {@code 0.1.0}
 * @param type           Avro's classification of the incompatibility
 * @param location       JSON-pointer-like location in the current schema, e.g. {@code /fields/12}
 * @param detail         what is wrong, naming the field path where one is known, e.g. {@code field 'branchCode'}
 */
public record BreakingChange(
        String schemaName,
        String releaseVersion,
        SchemaIncompatibilityType type,
        String location,
        String detail) {

    /** A one-line explanation fit for a build failure. */
    public String message() {
        return schemaName + " is not BACKWARD compatible with release " + releaseVersion + ": " + type + " at "
                + location + " (" + detail + ")";
    }
}
