package com.redress.contract.compatibility;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of checking current schemas against a released version: which are compatible, which are new, and
 * every breaking change found.
 *
 * @param releaseVersion  the released version checked against
 * @param compatible      full names of schemas that can read all data written with their released version
 * @param unreleased      full names of schemas that have no released version yet, so nothing to break
 * @param breakingChanges every incompatibility found, in the order of the checked schemas
 */
public record CompatibilityReport(
        String releaseVersion,
        List<String> compatible,
        List<String> unreleased,
        List<BreakingChange> breakingChanges) {

    public CompatibilityReport {
        compatible = List.copyOf(compatible);
        unreleased = List.copyOf(unreleased);
        breakingChanges = List.copyOf(breakingChanges);
    }

    /** Whether no checked schema breaks compatibility with the release. */
    public boolean isCompatible() {
        return breakingChanges.isEmpty();
    }

    /** Every breaking change's message, one per line; empty when compatible. */
    public String failureMessage() {
        return breakingChanges.stream().map(BreakingChange::message).collect(Collectors.joining("\n"));
    }
}
