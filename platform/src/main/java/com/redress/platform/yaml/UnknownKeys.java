package com.redress.platform.yaml;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.TreeSet;
import java.util.stream.Collectors;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Refuses a key the bound type does not know at the line of the key, listing the keys allowed there (Jackson's own
 * error points past the key's value).
 */
final class UnknownKeys extends DeserializationProblemHandler {

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
            ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
        // for a record the value may come buffered, without a location; the stream's parser is at the same place
        TokenStreamLocation at = parser.currentTokenLocation();
        if (at.getLineNr() < 1 && context.getParser() != null) {
            at = context.getParser().currentTokenLocation();
        }
        Collection<Object> known = deserializer.getKnownPropertyNames();
        String allowed = known == null ? "" : "; allowed here: " + known.stream().map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", "));
        throw new UnknownKey(at.getLineNr(), at.getColumnNr(), path(parser.streamReadContext()),
                "unknown key" + allowed);
    }

    /** {@code rules[1].window}, from the parser's nesting. */
    private static String path(TokenStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext current = context; current != null && !current.inRoot();
                current = current.getParent()) {
            if (current.inObject() && current.currentName() != null) {
                parts.push("." + current.currentName());
            } else if (current.inArray()) {
                parts.push("[" + current.getCurrentIndex() + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** An unknown key, located; {@link StrictYaml} adds the file. */
    static final class UnknownKey extends RuntimeException {

        private final int line;
        private final int column;
        private final String path;

        UnknownKey(int line, int column, String path, String reason) {
            super(reason);
            this.line = line;
            this.column = column;
            this.path = path;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }

        String path() {
            return path;
        }
    }
}
