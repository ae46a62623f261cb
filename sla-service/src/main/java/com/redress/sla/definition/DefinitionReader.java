package com.redress.sla.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads calendar and policy files (YAML, or JSON, which is YAML too) strictly: unknown fields, missing numbers and
 * malformed values are errors that name the file and the place in it.
 */
public final class DefinitionReader {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private DefinitionReader() {
    }

    /** Reads {@code content} of the file named {@code file} as a {@code type}. */
    public static <T> T read(String file, InputStream content, Class<T> type) {
        try (InputStream in = content) {
            T value = YAML.readValue(in, type);
            if (value == null) {
                throw new InvalidDefinitionException(file, List.of("the file is empty"));
            }
            return value;
        } catch (JacksonException e) {
            throw new InvalidDefinitionException(file, e.getOriginalMessage() + " at " + location(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read SLA definition " + file, e);
        }
    }

    private static String location(JacksonException e) {
        String path = e.getPathReference();
        String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
        return path == null || path.isBlank() ? where : where + " (" + path + ")";
    }
}
