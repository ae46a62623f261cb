package com.redress.contract.compatibility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaParser;

/**
 * Parses a directory tree of {@code .avsc} files, one named type per file and referring to each other by full name,
 * into schemas by full name.
 */
public final class AvscDirectory {

    private static final String AVSC_SUFFIX = ".avsc";

    private AvscDirectory() {
    }

    /**
     * Parses every {@code .avsc} file under {@code directory}, in any order of references between files.
     *
     * @return every named type defined in the files, by full name, sorted by name
     * @throws IOException if the directory or a file cannot be read
     * @throws org.apache.avro.SchemaParseException if a file is not a valid schema or a reference cannot be resolved
     */
    public static Map<String, Schema> parse(Path directory) throws IOException {
        SchemaParser parser = new SchemaParser();
        for (Path file : avscFilesUnder(directory)) {
            parser.parse(file);
        }
        Map<String, Schema> byFullName = new TreeMap<>();
        for (Schema schema : parser.getParsedNamedSchemas()) {
            byFullName.put(schema.getFullName(), schema);
        }
        return Map.copyOf(byFullName);
    }

    private static List<Path> avscFilesUnder(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("Not a directory of Avro schemas: " + directory.toAbsolutePath());
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(AVSC_SUFFIX))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        }
    }
}
