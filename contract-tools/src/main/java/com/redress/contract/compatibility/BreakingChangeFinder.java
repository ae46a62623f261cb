package com.redress.contract.compatibility;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;

/**
 * Lists why a reader schema cannot read data written with a writer schema, down to the field that breaks.
 *
 * <p>For an optional record ({@code ["null", Record]}) Avro only says the reader union lacks the writer's record
 * branch; the finder then compares the two same-named branches to report the field inside that actually breaks.
 */
final class BreakingChangeFinder {

    private record BranchPair(Schema reader, Schema writer, String readerLocation) {
    }

    private final String schemaName;
    private final String releaseVersion;

    BreakingChangeFinder(String schemaName, String releaseVersion) {
        this.schemaName = schemaName;
        this.releaseVersion = releaseVersion;
    }

    List<BreakingChange> find(Schema reader, Schema writer) {
        return List.copyOf(find(reader, writer, "", ""));
    }

    private Set<BreakingChange> find(Schema reader, Schema writer, String location, String fieldPath) {
        List<Incompatibility> incompatibilities =
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult().getIncompatibilities();
        IncompatibilityLocator locator = new IncompatibilityLocator(reader, location, fieldPath);
        // A set, because Avro may report the same nested incompatibility once per path that reaches it.
        Set<BreakingChange> changes = new LinkedHashSet<>();
        for (Incompatibility incompatibility : incompatibilities) {
            IncompatibilityLocator.Located located = locator.locate(incompatibility);
            Set<BreakingChange> inBranch = sameNamedBranches(incompatibility, located)
                    .map(pair -> find(pair.reader(), pair.writer(), pair.readerLocation(),
                            located.fieldPath().orElse("")))
                    .orElse(Set.of());
            if (inBranch.isEmpty()) {
                changes.add(breakingChange(incompatibility, located));
            } else {
                changes.addAll(inBranch);
            }
        }
        return changes;
    }

    private static Optional<BranchPair> sameNamedBranches(Incompatibility incompatibility,
            IncompatibilityLocator.Located located) {
        Schema readerUnion = incompatibility.getReaderFragment();
        Schema writerFragment = incompatibility.getWriterFragment();
        if (incompatibility.getType() != SchemaIncompatibilityType.MISSING_UNION_BRANCH
                || readerUnion.getType() != Schema.Type.UNION) {
            return Optional.empty();
        }
        String unionLocation = located.location();
        Schema writerBranch = writerFragment;
        if (writerFragment.getType() == Schema.Type.UNION) {
            // Avro's location ends with the index of the writer branch the reader union lacks.
            int lastSlash = unionLocation.lastIndexOf('/');
            int writerIndex = Integer.parseInt(unionLocation.substring(lastSlash + 1));
            writerBranch = writerFragment.getTypes().get(writerIndex);
            unionLocation = unionLocation.substring(0, lastSlash);
        }
        if (!isNamed(writerBranch)) {
            return Optional.empty();
        }
        List<Schema> readerBranches = readerUnion.getTypes();
        for (int i = 0; i < readerBranches.size(); i++) {
            Schema readerBranch = readerBranches.get(i);
            if (isNamed(readerBranch) && readerBranch.getFullName().equals(writerBranch.getFullName())) {
                return Optional.of(new BranchPair(readerBranch, writerBranch, unionLocation + "/" + i));
            }
        }
        return Optional.empty();
    }

    private BreakingChange breakingChange(Incompatibility incompatibility, IncompatibilityLocator.Located located) {
        String detail = located.fieldPath()
                .map(path -> detailForField(path, incompatibility))
                .orElseGet(() -> detailWithoutField(incompatibility));
        return new BreakingChange(schemaName, releaseVersion, incompatibility.getType(), located.location(), detail);
    }

    private static String detailForField(String fieldPath, Incompatibility incompatibility) {
        String field = "field '" + fieldPath + "'";
        return switch (incompatibility.getType()) {
            case READER_FIELD_MISSING_DEFAULT_VALUE -> field;
            case MISSING_ENUM_SYMBOLS -> field + ": reader lacks symbols " + incompatibility.getMessage();
            default -> field + ": " + incompatibility.getMessage();
        };
    }

    private static String detailWithoutField(Incompatibility incompatibility) {
        Schema fragment = incompatibility.getReaderFragment();
        String where = isNamed(fragment) ? "in " + fragment.getFullName() + ": " : "";
        return where + incompatibility.getMessage();
    }

    private static boolean isNamed(Schema schema) {
        return switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> true;
            default -> false;
        };
    }
}
