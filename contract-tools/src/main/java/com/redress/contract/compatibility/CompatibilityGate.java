package com.redress.contract.compatibility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.avro.Schema;

/**
 * Checks that current schemas can read data written with a released version of the same schemas (Avro BACKWARD
 * compatibility, as the schema registry enforces it per subject).
 */
public final class CompatibilityGate {

    private static final Pattern RELEASE_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Comparator<String> BY_VERSION_NUMBERS = Comparator
            .<String>comparingInt(version -> versionPart(version, 0))
            .thenComparingInt(version -> versionPart(version, 1))
            .thenComparingInt(version -> versionPart(version, 2));

    private final String releaseVersion;
    private final Map<String, Schema> releasedSchemas;

    private CompatibilityGate(String releaseVersion, Map<String, Schema> releasedSchemas) {
        this.releaseVersion = releaseVersion;
        this.releasedSchemas = Map.copyOf(releasedSchemas);
    }

    /**
     * A gate against the newest release under {@code releasedRoot}, which holds one directory per released version
     * named {@code MAJOR.MINOR.PATCH}, each with one {@code .avsc} file per named type.
     *
     * @throws IOException if the directory cannot be read or holds no released version
     */
    public static CompatibilityGate againstNewestRelease(Path releasedRoot) throws IOException {
        String newest = newestReleaseVersion(releasedRoot)
                .orElseThrow(() -> new IOException("No released version (a MAJOR.MINOR.PATCH directory) under "
                        + releasedRoot.toAbsolutePath()));
        return againstRelease(releasedRoot, newest);
    }

    /** A gate against the release {@code version} under {@code releasedRoot}. */
    public static CompatibilityGate againstRelease(Path releasedRoot, String version) throws IOException {
        return new CompatibilityGate(version, AvscDirectory.parse(releasedRoot.resolve(version)));
    }

    /** The released version this gate checks against. */
    public String releaseVersion() {
        return releaseVersion;
    }

    /**
     * Checks each schema against the released schema of the same full name; a schema without one is reported as
     * unreleased and passes.
     */
    public CompatibilityReport check(Collection<Schema> currentSchemas) {
        List<String> compatible = new ArrayList<>();
        List<String> unreleased = new ArrayList<>();
        List<BreakingChange> breakingChanges = new ArrayList<>();
        for (Schema current : distinctByFullName(currentSchemas)) {
            Schema released = releasedSchemas.get(current.getFullName());
            if (released == null) {
                unreleased.add(current.getFullName());
                continue;
            }
            List<BreakingChange> found =
                    new BreakingChangeFinder(current.getFullName(), releaseVersion).find(current, released);
            if (found.isEmpty()) {
                compatible.add(current.getFullName());
            } else {
                breakingChanges.addAll(found);
            }
        }
        return new CompatibilityReport(releaseVersion, compatible, unreleased, breakingChanges);
    }

    private static Collection<Schema> distinctByFullName(Collection<Schema> schemas) {
        Map<String, Schema> byName = new LinkedHashMap<>();
        schemas.forEach(schema -> byName.putIfAbsent(schema.getFullName(), schema));
        return byName.values();
    }

    private static Optional<String> newestReleaseVersion(Path releasedRoot) throws IOException {
        if (!Files.isDirectory(releasedRoot)) {
            throw new IOException("Not a directory of released schemas: " + releasedRoot.toAbsolutePath());
        }
        try (Stream<Path> entries = Files.list(releasedRoot)) {
            return entries.filter(Files::isDirectory)
                    .map(directory -> directory.getFileName().toString())
                    .filter(name -> RELEASE_VERSION.matcher(name).matches())
                    .max(BY_VERSION_NUMBERS);
        }
    }

    private static int versionPart(String version, int index) {
        return Integer.parseInt(version.split("\\.")[index]);
    }
}
