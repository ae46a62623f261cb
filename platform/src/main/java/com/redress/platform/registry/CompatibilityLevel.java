package com.redress.platform.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/** The Confluent compatibility levels, checked with Avro's own {@link SchemaCompatibility}. */
enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean newReadsOld;
    private final boolean oldReadsNew;
    private final boolean transitive;

    CompatibilityLevel(boolean newReadsOld, boolean oldReadsNew, boolean transitive) {
        this.newReadsOld = newReadsOld;
        this.oldReadsNew = oldReadsNew;
        this.transitive = transitive;
    }

    static Optional<CompatibilityLevel> parse(String level) {
        try {
            return Optional.of(valueOf(level.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /**
     * Explains why {@code candidate} may not follow {@code versions}; empty when it may.
     *
     * @param versions the subject's existing versions, oldest first
     */
    List<String> incompatibilities(Schema candidate, List<RegisteredSchema> versions) {
        List<RegisteredSchema> checked = transitive || versions.isEmpty()
                ? versions
                : versions.subList(versions.size() - 1, versions.size());
        List<String> problems = new ArrayList<>();
        for (RegisteredSchema earlier : checked) {
            if (newReadsOld) {
                explain(candidate, earlier.schema(), "the new schema cannot read data written with version "
                        + earlier.version(), problems);
            }
            if (oldReadsNew) {
                explain(earlier.schema(), candidate, "version " + earlier.version()
                        + " cannot read data written with the new schema", problems);
            }
        }
        return problems;
    }

    private static void explain(Schema reader, Schema writer, String direction, List<String> problems) {
        for (Incompatibility incompatibility : SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                .getResult().getIncompatibilities()) {
            problems.add(direction + ": " + incompatibility.getType() + " at " + incompatibility.getLocation()
                    + " (" + incompatibility.getMessage() + ")");
        }
    }
}
