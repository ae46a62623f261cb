package com.redress.platform.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import com.redress.platform.yaml.YamlLocations.Place;
import com.redress.platform.yaml.YamlLocations.Shape;

/**
 * The one reader of the services' rule, policy and calendar files: YAML (or JSON, which is YAML too) bound strictly to
 * a type with Jackson. Unknown and duplicate keys, keys without a value, missing numbers and malformed values are
 * errors, and so is anything a record's constructor refuses; every error is a {@link YamlFileException} naming the
 * file, the line and column, and the path of the key at fault.
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
     * Reads {@code content} (UTF-8) of the file named {@code source} as a {@code type}, and closes it.
     *
     * @throws YamlFileException when the file is empty, is not YAML, or does not bind to {@code type}
     */
    public static <T> T read(String source, InputStream content, Class<T> type) {
        return readDocument(source, content, type).content();
    }

    /** Reads {@code content} of the file named {@code source} as a {@code type}; see {@link #read(String, InputStream, Class)}. */
    public static <T> T read(String source, Reader content, Class<T> type) {
        return readDocument(source, content, type).content();
    }

    /**
     * Reads {@code content} (UTF-8) of the file named {@code source} as a {@code type} together with where each of its
     * values stands, for checks made after binding; closes it.
     *
     * @throws YamlFileException when the file is empty, is not YAML, or does not bind to {@code type}
     */
    public static <T> YamlDocument<T> readDocument(String source, InputStream content, Class<T> type) {
        return readDocument(source, new InputStreamReader(content, StandardCharsets.UTF_8), type);
    }

    /** Reads {@code content} of the file named {@code source}; see {@link #readDocument(String, InputStream, Class)}. */
    public static <T> YamlDocument<T> readDocument(String source, Reader content, Class<T> type) {
        String text = text(source, content);
        // first the whole file, so that a syntax error or a duplicate key is reported before a value it breaks
        YamlLocations locations = YamlLocations.of(source, text);
        try (JsonParser parser = YAML.createParser(text)) {
            parser.nextToken();
            T value = YAML.readValue(parser, type);
            if (value == null) {
                throw new YamlFileException(source, 1, 1, "", "the file is empty", null);
            }
            return new YamlDocument<>(value, locations);
        } catch (JacksonException e) {
            throw failure(locations, e);
        }
    }

    private static String text(String source, Reader content) {
        try (Reader in = content) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                text.append(buffer, 0, read);
            }
            return text.toString();
        } catch (IOException e) {
            throw new YamlFileException(source, 1, 1, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static YamlFileException failure(YamlLocations locations, JacksonException e) {
        String path = path(e.getPath());
        if (e instanceof PropertyBindingException unknown && unknown.getKnownPropertyIds() != null) {
            // Jackson reports a record's unknown keys once the record is built, at the end of its mapping
            return locations.error(locations.key(path), path, "unknown key; allowed here: "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", ")), e);
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException refused) {
            // placed at the start of the record rather than at the end of its mapping, where Jackson is by then
            return locations.error(locations.value(path), path, refused.getMessage(), e);
        }
        String shape = e instanceof MismatchedInputException mismatch ? expectedShape(mismatch, locations.shape(path))
                : null;
        if (shape != null) {
            return locations.error(locations.value(path), path, shape, e);
        }
        Place place = e.getLocation() == null ? locations.value(path) : Place.of(e.getLocation());
        return locations.error(place, path, e.getOriginalMessage(), e);
    }

    /** What a value of the wrong shape should have been, in the file's words; null when the shape is right. */
    private static String expectedShape(MismatchedInputException mismatch, Shape written) {
        Class<?> target = mismatch.getTargetType();
        if (target == null || written == null) {
            return null;
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return written == Shape.LIST ? null : "expected a list";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return written == Shape.MAPPING ? null : "expected a mapping (key: value lines)";
        }
        return written == Shape.SINGLE ? null : "expected a single value";
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
