package com.redress.grading.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of a parsed YAML document that knows its path and line, so every validation failure can name the line at
 * fault.
 */
final class YamlNode {

    private final Node node;
    private final String source;
    private final String path;

    YamlNode(Node node, String source, String path) {
        this.node = node;
        this.source = source;
        this.path = path;
    }

    /** 1-based line of the node's start. */
    int line() {
        return node.getStartMark().getLine() + 1;
    }

    String path() {
        return path;
    }

    RuleFileException error(String reason) {
        return new RuleFileException(source, line(), path + ": " + reason);
    }

    /** The entries of a mapping, in file order; fails on keys outside {@code allowedKeys}. */
    Map<String, YamlNode> mapping(Set<String> allowedKeys) {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping (key: value lines)");
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = new YamlNode(tuple.getKeyNode(), source, path);
            String name = key.scalar();
            String childPath = path.isEmpty() ? name : path + "." + name;
            if (!allowedKeys.isEmpty() && !allowedKeys.contains(name)) {
                throw new RuleFileException(source, key.line(),
                        childPath + ": unknown key; allowed here: " + String.join(", ", new TreeSet<>(allowedKeys)));
            }
            if (entries.containsKey(name)) {
                throw new RuleFileException(source, key.line(), childPath + ": duplicate key");
            }
            entries.put(name, new YamlNode(tuple.getValueNode(), source, childPath));
        }
        return entries;
    }

    /** The entries of a mapping whose keys are free (e.g. currency codes). */
    Map<String, YamlNode> mapping() {
        return mapping(Set.of());
    }

    List<YamlNode> sequence() {
        if (!(node instanceof SequenceNode sequence)) {
            throw error("expected a list");
        }
        List<YamlNode> items = new ArrayList<>();
        List<Node> values = sequence.getValue();
        for (int i = 0; i < values.size(); i++) {
            items.add(new YamlNode(values.get(i), source, path + "[" + i + "]"));
        }
        return items;
    }

    String scalar() {
        if (!(node instanceof ScalarNode scalar)) {
            throw error("expected a single value");
        }
        return scalar.getValue();
    }

    String text() {
        String value = scalar().strip();
        if (value.isEmpty()) {
            throw error("must not be blank");
        }
        return value;
    }

    int integer(int min, int max) {
        String value = text();
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw error("must be between " + min + " and " + max + ", was " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw error("expected a whole number, was '" + value + "'");
        }
    }

    BigDecimal positiveAmount() {
        String value = text();
        try {
            BigDecimal amount = new BigDecimal(value.replace("_", ""));
            if (amount.signum() <= 0) {
                throw error("must be a positive amount, was " + value);
            }
            return amount;
        } catch (NumberFormatException e) {
            throw error("expected an amount such as 500000 or 12000.50, was '" + value + "'");
        }
    }

    Duration positiveDuration() {
        String value = text();
        try {
            Duration duration = Duration.parse(value);
            if (duration.isNegative() || duration.isZero()) {
                throw error("must be a positive duration, was " + value);
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw error("expected an ISO-8601 duration such as P90D or PT10M, was '" + value + "'");
        }
    }

    <E extends Enum<E>> E enumValue(Class<E> type, Set<E> excluded) {
        return enumNamed(type, text(), excluded);
    }

    /** For a mapping whose keys are enum constants: the constant named by this value's key. */
    <E extends Enum<E>> E enumKey(Class<E> type, String key, Set<E> excluded) {
        return enumNamed(type, key, excluded);
    }

    private <E extends Enum<E>> E enumNamed(Class<E> type, String value, Set<E> excluded) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value) && !excluded.contains(constant)) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            if (!excluded.contains(constant)) {
                allowed.add(constant.name());
            }
        }
        throw error("unknown " + type.getSimpleName() + " '" + value + "'; one of " + String.join(", ", allowed));
    }

    List<String> phrases() {
        List<YamlNode> items = sequence();
        if (items.isEmpty()) {
            throw error("must list at least one phrase");
        }
        List<String> phrases = new ArrayList<>();
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (YamlNode item : items) {
            String phrase = item.text();
            if (!seen.add(phrase)) {
                throw item.error("duplicate phrase '" + phrase + "'");
            }
            phrases.add(phrase);
        }
        return phrases;
    }

    /** A list of regular expressions, compiled case-insensitively; a pattern that does not compile names its line. */
    List<Pattern> patterns() {
        List<YamlNode> items = sequence();
        if (items.isEmpty()) {
            throw error("must list at least one pattern");
        }
        List<Pattern> patterns = new ArrayList<>();
        for (YamlNode item : items) {
            String regex = item.text();
            try {
                patterns.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw item.error("not a valid regular expression: " + e.getDescription() + " near index "
                        + e.getIndex() + " of '" + regex + "'");
            }
        }
        return patterns;
    }

    static YamlNode require(Map<String, YamlNode> entries, String key, YamlNode parent) {
        YamlNode value = entries.get(key);
        if (value == null) {
            throw parent.error("missing required key '" + key + "'");
        }
        return value;
    }

    static Optional<YamlNode> optional(Map<String, YamlNode> entries, String key) {
        return Optional.ofNullable(entries.get(key));
    }
}
