package com.redress.grading.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

import com.redress.events.grading.Category;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.Channel;
import com.redress.events.intake.CustomerSegment;

/**
 * How the values of a rule file are read, each refused where it stands with the reason the rule file's format gives
 * (docs/grading-service.md); the platform's strict YAML reader adds the file, the line and the path.
 */
final class RuleScalars {

    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private RuleScalars() {
    }

    private static MismatchedInputException problem(JsonParser parser, String reason) {
        return MismatchedInputException.from(parser, (Class<?>) null, reason);
    }

    private static String text(JsonParser parser) {
        if (!parser.currentToken().isScalarValue()) {
            throw problem(parser, "expected a single value");
        }
        String value = parser.getString() == null ? "" : parser.getString().strip();
        if (value.isEmpty()) {
            throw problem(parser, "must not be blank");
        }
        return value;
    }

    private static int integer(JsonParser parser, int min, int max) {
        String value = text(parser);
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw problem(parser, "expected a whole number, was '" + value + "'");
        }
        if (parsed < min || parsed > max) {
            throw problem(parser, "must be between " + min + " and " + max + ", was " + parsed);
        }
        return parsed;
    }

    private static <E extends Enum<E>> E enumNamed(JsonParser parser, Class<E> type, String value, E excluded) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value) && constant != excluded) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            if (constant != excluded) {
                allowed.add(constant.name());
            }
        }
        throw problem(parser, "unknown " + type.getSimpleName() + " '" + value + "'; one of "
                + String.join(", ", allowed));
    }

    /** Reads a list item by item, naming the index of an item at fault. */
    private static <T> List<T> items(JsonParser parser, Function<JsonParser, T> reader) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw problem(parser, "expected a list");
        }
        List<T> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int index = items.size();
            try {
                items.add(reader.apply(parser));
            } catch (JacksonException e) {
                throw JacksonException.wrapWithPath(e, items, index);
            }
        }
        return items;
    }

    static final class Text extends ValueDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            return text(parser);
        }
    }

    abstract static class Bounded extends ValueDeserializer<Integer> {
        private final int min;
        private final int max;

        Bounded(int min, int max) {
            this.min = min;
            this.max = max;
        }

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) {
            return integer(parser, min, max);
        }
    }

    static final class Tier extends Bounded {
        Tier() {
            super(RuleSet.MOST_SEVERE_TIER, RuleSet.LEAST_SEVERE_TIER);
        }
    }

    static final class Priority extends Bounded {
        Priority() {
            super(1, 9);
        }
    }

    static final class Weight extends Bounded {
        Weight() {
            super(1, 100);
        }
    }

    static final class PhrasesCounted extends Bounded {
        PhrasesCounted() {
            super(1, 1000);
        }
    }

    static final class SurgeThreshold extends Bounded {
        SurgeThreshold() {
            super(1, 1_000_000);
        }
    }

    static final class NegationWindow extends Bounded {
        NegationWindow() {
            super(0, 50);
        }
    }

    static final class PositiveDuration extends ValueDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser parser, DeserializationContext context) {
            String value = text(parser);
            Duration duration;
            try {
                duration = Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw problem(parser, "expected an ISO-8601 duration such as P90D or PT10M, was '" + value + "'");
            }
            if (duration.isNegative() || duration.isZero()) {
                throw problem(parser, "must be a positive duration, was " + value);
            }
            return duration;
        }
    }

    static final class RuleCategory extends ValueDeserializer<Category> {
        @Override
        public Category deserialize(JsonParser parser, DeserializationContext context) {
            return enumNamed(parser, Category.class, text(parser), Category.UNKNOWN);
        }
    }

    static final class RuleChannel extends ValueDeserializer<Channel> {
        @Override
        public Channel deserialize(JsonParser parser, DeserializationContext context) {
            return enumNamed(parser, Channel.class, text(parser), Channel.UNKNOWN);
        }
    }

    static final class RuleUpdateType extends ValueDeserializer<CaseUpdateType> {
        @Override
        public CaseUpdateType deserialize(JsonParser parser, DeserializationContext context) {
            return enumNamed(parser, CaseUpdateType.class, text(parser), CaseUpdateType.UNKNOWN);
        }
    }

    /** An amount threshold under its ISO 4217 currency code. */
    static final class Threshold extends ValueDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
            String currency = parser.streamReadContext().currentName();
            if (currency == null || !CURRENCY.matcher(currency).matches()) {
                throw problem(parser, "not an ISO 4217 currency code in upper case");
            }
            String value = text(parser);
            BigDecimal amount;
            try {
                amount = new BigDecimal(value.replace("_", ""));
            } catch (NumberFormatException e) {
                throw problem(parser, "expected an amount such as 500000 or 12000.50, was '" + value + "'");
            }
            if (amount.signum() <= 0) {
                throw problem(parser, "must be a positive amount, was " + value);
            }
            return amount;
        }
    }

    /** A priority under the name of a customer segment. */
    static final class SegmentPriority extends ValueDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) {
            enumNamed(parser, CustomerSegment.class, parser.streamReadContext().currentName(),
                    CustomerSegment.UNKNOWN);
            return integer(parser, 1, 9);
        }
    }

    static final class Phrases extends ValueDeserializer<List<String>> {
        @Override
        public List<String> deserialize(JsonParser parser, DeserializationContext context) {
            Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            List<String> phrases = items(parser, item -> {
                String phrase = text(item);
                if (!seen.add(phrase)) {
                    throw problem(item, "duplicate phrase '" + phrase + "'");
                }
                return phrase;
            });
            if (phrases.isEmpty()) {
                throw problem(parser, "must list at least one phrase");
            }
            return phrases;
        }
    }

    /** Regular expressions, compiled case-insensitively. */
    static final class Patterns extends ValueDeserializer<List<Pattern>> {
        @Override
        public List<Pattern> deserialize(JsonParser parser, DeserializationContext context) {
            List<Pattern> patterns = items(parser, item -> {
                String regex = text(item);
                try {
                    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                } catch (PatternSyntaxException e) {
                    throw problem(item, "not a valid regular expression: " + e.getDescription() + " near index "
                            + e.getIndex() + " of '" + regex + "'");
                }
            });
            if (patterns.isEmpty()) {
                throw problem(parser, "must list at least one pattern");
            }
            return patterns;
        }
    }

    /** A rule id: lower-case words joined by dots or hyphens; whether it is unique is the loader's to check. */
    static final class Id extends ValueDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String id = text(parser);
            if (!RULE_ID.matcher(id).matches()) {
                throw problem(parser, "rule id '" + id + "' must be lower case words joined by dots or hyphens");
            }
            return id;
        }
    }
}
