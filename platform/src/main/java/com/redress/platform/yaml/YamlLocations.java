package com.redress.platform.yaml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Where each key and value of a YAML file stands, by path ({@code tiers.signals[0].id}), so that a check made after
 * binding can name the line at fault. Reading the file for it also refuses, before anything is bound, what is not
 * YAML, a duplicate key and a key or list item without a value.
 */
public final class YamlLocations {

    /** The shape of a value as written. */
    enum Shape { MAPPING, LIST, SINGLE }

    /** A 1-based line and column. */
    record Place(int line, int column) {

        static final Place START = new Place(1, 1);

        static Place of(TokenStreamLocation location) {
            return new Place(Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1));
        }
    }

    private record Value(Place place, Shape shape) {
    }

    // no duplicate detection of its own: a duplicate key is reported here, with its path
    private static final ObjectMapper SCANNER = YAMLMapper.builder().build();

    private final String source;
    private final Map<String, Place> keys = new HashMap<>();
    private final Map<String, Value> values = new HashMap<>();

    private YamlLocations(String source) {
        this.source = source;
    }

    /** The line of the value at {@code path}, or of the nearest value around it that the file holds. */
    public int line(String path) {
        return value(path).line();
    }

    /** An error at the value at {@code path} (or the nearest value around it that the file holds). */
    public YamlFileException error(String path, String reason) {
        return error(value(path), path, reason, null);
    }

    Place value(String path) {
        for (String at = path; ; at = parent(at)) {
            Value value = values.get(at);
            if (value != null) {
                return value.place();
            }
            if (at.isEmpty()) {
                return Place.START;
            }
        }
    }

    /** Where the key ending {@code path} is written; for a list item, where the item is. */
    Place key(String path) {
        Place key = keys.get(path);
        return key != null ? key : value(path);
    }

    Shape shape(String path) {
        Value value = values.get(path);
        return value == null ? null : value.shape();
    }

    YamlFileException error(Place place, String path, String reason, Throwable cause) {
        return new YamlFileException(source, place.line(), place.column(), path, reason, cause);
    }

    /**
     * Reads {@code text}, the file named {@code source}.
     *
     * @throws YamlFileException when it is empty, is not YAML, repeats a key or leaves a value out
     */
    static YamlLocations of(String source, String text) {
        YamlLocations locations = new YamlLocations(source);
        try (JsonParser parser = SCANNER.createParser(text)) {
            locations.scan(parser);
        } catch (JacksonException e) {
            Place place = e.getLocation() == null ? Place.START : Place.of(e.getLocation());
            throw new YamlFileException(source, place.line(), place.column(), "", "not valid YAML: " + problem(e), e);
        }
        if (!locations.values.containsKey("")) {
            throw new YamlFileException(source, 1, 1, "", "the file is empty", null);
        }
        return locations;
    }

    private void scan(JsonParser parser) {
        Deque<Container> open = new ArrayDeque<>();
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            Place place = Place.of(parser.currentTokenLocation());
            if (token == JsonToken.PROPERTY_NAME) {
                Container mapping = open.peek();
                String path = mapping.key(parser.currentName());
                if (keys.putIfAbsent(path, place) != null) {
                    throw error(place, path, "duplicate key", null);
                }
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                open.pop();
            } else if (open.isEmpty() && values.containsKey("")) {
                throw error(place, "", "holds more than one document", null);
            } else if (open.isEmpty() && token == JsonToken.VALUE_NULL) {
                return;
            } else {
                String path = open.isEmpty() ? "" : open.peek().next();
                if (token == JsonToken.VALUE_NULL) {
                    throw error(key(path), path, "has no value", null);
                }
                values.putIfAbsent(path, new Value(place, shape(token)));
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    open.push(new Container(path, token == JsonToken.START_ARRAY));
                }
            }
        }
    }

    private static Shape shape(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> Shape.MAPPING;
            case START_ARRAY -> Shape.LIST;
            default -> Shape.SINGLE;
        };
    }

    /** The problem of a YAML syntax error, without the excerpts of the file around it. */
    private static String problem(JacksonException e) {
        String problem = null;
        // the parser's message: context and problem lines, each followed by indented lines showing the place
        for (String line : e.getOriginalMessage().split("\n")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                problem = line.strip();
            }
        }
        return problem == null ? e.getOriginalMessage().strip() : problem;
    }

    private static String parent(String path) {
        int end = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return end < 0 ? "" : path.substring(0, end);
    }

    /** A mapping or list being read, and the path of its next entry. */
    private static final class Container {

        private final String path;
        private final boolean list;
        private String key;
        private int items;

        Container(String path, boolean list) {
            this.path = path;
            this.list = list;
        }

        String key(String name) {
            key = name;
            return path.isEmpty() ? name : path + "." + name;
        }

        String next() {
            return list ? path + "[" + items++ + "]" : path.isEmpty() ? key : path + "." + key;
        }
    }
}
