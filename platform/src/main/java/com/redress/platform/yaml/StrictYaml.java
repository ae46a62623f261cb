package com.redress.platform.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The one reader of the services' rule, policy and calendar files: YAML (or JSON, which is YAML too) bound strictly to
 * a type with Jackson. Unknown and duplicate keys, missing numbers and malformed values are errors, and so is anything a
 * record's constructor refuses; every error is a {@link YamlFileException} naming the file, the line and column, and
 * the path of the key at fault.
 */
public final class StrictYaml {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StrictYaml() {
    }

    /**
     * Reads {@code content} of the file named {@code source} as a {@code type}, and closes it.
     *
     * @throws YamlFileException when the file is empty, is not YAML, or does not bind to {@code type}
     */
    public static <T> T read(String source, InputStream content, Class<T> type) {
        try (InputStream in = content; JsonParser parser = YAML.createParser(in)) {
            return bound(source, parser, type);
        } catch (JacksonException e) {
            throw failure(source, e);
        } catch (IOException e) {
            throw new YamlFileException(source, 1, 1, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads {@code content} of the file named {@code source} as a {@code type}; see {@link #read(String, InputStream, Class)}. */
    public static <T> T read(String source, Reader content, Class<T> type) {
        try (Reader in = content; JsonParser parser = YAML.createParser(in)) {
            return bound(source, parser, type);
        } catch (JacksonException e) {
            throw failure(source, e);
        } catch (IOException e) {
            throw new YamlFileException(source, 1, 1, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static <T> T bound(String source, JsonParser parser, Class<T> type) {
        if (parser.nextToken() == null) {
            throw new YamlFileException(source, 1, 1, "", "the file is empty", null);
        }
        T value = YAML.readValue(parser, type);
        if (value == null) {
            throw new YamlFileException(source, 1, 1, "", "the file is empty", null);
        }
        return value;
    }

    private static YamlFileException failure(String source, JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        int line = location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
        int column = location == null || location.getColumnNr() < 1 ? 1 : location.getColumnNr();
        return new YamlFileException(source, line, column, path(e.getPath()), reason(e), e);
    }

    private static String reason(JacksonException e) {
        if (e instanceof PropertyBindingException unknown && unknown.getKnownPropertyIds() != null) {
            return "unknown key; allowed here: " + unknown.getKnownPropertyIds().stream().map(Object::toString)
                    .sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException refused) {
            return refused.getMessage();
        }
        return e.getOriginalMessage();
    }

    /** {@code tiers.amounts[0].tier}, from Jackson's chain of references. */
    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
