package com.redress.sla.definition;

import java.io.InputStream;

import com.redress.platform.yaml.StrictYaml;
import com.redress.platform.yaml.YamlFileException;

/**
 * Reads calendar and policy files with the platform's strict YAML reader, and reports what it refuses as an
 * {@link InvalidDefinitionException} naming the file, the line and the path of the key at fault.
 */
public final class DefinitionReader {

    private DefinitionReader() {
    }

    /** Reads {@code content} of the file named {@code file} as a {@code type}. */
    public static <T> T read(String file, InputStream content, Class<T> type) {
        try {
            return StrictYaml.read(file, content, type);
        } catch (YamlFileException e) {
            String where = "line " + e.line() + (e.path().isEmpty() ? "" : " (" + e.path() + ")");
            throw new InvalidDefinitionException(file, e.reason() + " at " + where, e);
        }
    }
}
