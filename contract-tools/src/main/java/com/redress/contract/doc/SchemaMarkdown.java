package com.redress.contract.doc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Field;

import static com.redress.contract.doc.Markdown.code;
import static com.redress.contract.doc.Markdown.text;

/** Renders an Avro record schema, with every record and enum nested in it, as Markdown sections and field tables. */
final class SchemaMarkdown {

    private static final List<String> FIELD_TABLE_TITLES = List.of("Field", "Type", "Default", "Description");

    private SchemaMarkdown() {
    }

    /** Sections for {@code schema} and then for each named type nested in it, in order of first appearance. */
    static String render(Schema schema, String headingLevel) {
        StringBuilder markdown = new StringBuilder();
        for (Schema named : namedTypesIn(schema)) {
            markdown.append('\n').append(headingLevel).append(' ').append(code(named.getName())).append(' ')
                    .append(kind(named)).append(" (").append(code(named.getFullName())).append(")\n\n");
            markdown.append(text(named.getDoc() == null ? "" : named.getDoc())).append('\n');
            if (named.getType() == Schema.Type.RECORD) {
                markdown.append('\n').append(fieldTable(named));
            } else if (named.getType() == Schema.Type.ENUM) {
                markdown.append('\n').append(enumSymbols(named));
            }
        }
        return markdown.toString();
    }

    /** A short human name for a type, e.g. {@code `long` (timestamp-millis)} or {@code `Money` (record), nullable}. */
    static String typeName(Schema schema) {
        return switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> code(schema.getName()) + " (" + kind(schema) + ")";
            case ARRAY -> "array of " + typeName(schema.getElementType());
            case MAP -> "map of " + code("string") + " to " + typeName(schema.getValueType());
            case UNION -> unionName(schema);
            default -> primitiveName(schema);
        };
    }

    private static String fieldTable(Schema record) {
        StringBuilder table = new StringBuilder(Markdown.header(FIELD_TABLE_TITLES));
        for (Field field : record.getFields()) {
            table.append(Markdown.row(List.of(
                    code(field.name()),
                    typeName(field.schema()),
                    defaultValue(field),
                    text(field.doc() == null ? "" : field.doc()))));
        }
        return table.toString();
    }

    private static String enumSymbols(Schema enumSchema) {
        String symbols = enumSchema.getEnumSymbols().stream().map(Markdown::code).collect(Collectors.joining(", "));
        String defaultSymbol = enumSchema.getEnumDefault();
        String fallback = defaultSymbol == null
                ? " No default symbol: a new symbol would break older readers."
                : " Default " + code(defaultSymbol) + ": a reader meets a symbol it does not know as "
                        + code(defaultSymbol) + ".";
        return "Symbols: " + symbols + "." + fallback + "\n";
    }

    private static String unionName(Schema union) {
        List<Schema> branches = union.getTypes();
        List<Schema> nonNull = branches.stream().filter(branch -> branch.getType() != Schema.Type.NULL).toList();
        boolean nullable = nonNull.size() < branches.size();
        String types = nonNull.size() == 1
                ? typeName(nonNull.get(0))
                : "union of " + nonNull.stream().map(SchemaMarkdown::typeName).collect(Collectors.joining(", "));
        return nullable ? types + ", nullable" : types;
    }

    private static String primitiveName(Schema schema) {
        LogicalType logicalType = schema.getLogicalType();
        String base = code(schema.getType().getName());
        if (logicalType == null) {
            return base;
        }
        if (logicalType instanceof LogicalTypes.Decimal decimal) {
            return base + " (decimal(" + decimal.getPrecision() + "," + decimal.getScale() + "))";
        }
        return base + " (" + logicalType.getName() + ")";
    }

    private static String kind(Schema named) {
        return named.getType().getName();
    }

    private static String defaultValue(Field field) {
        if (!field.hasDefaultValue()) {
            return "required";
        }
        Object value = field.defaultVal();
        if (value == null || value == JsonProperties.NULL_VALUE) {
            return code("null");
        }
        if (value instanceof Map<?, ?> map && map.isEmpty()) {
            return code("{}");
        }
        if (value instanceof Collection<?> collection && collection.isEmpty()) {
            return code("[]");
        }
        if (value instanceof CharSequence string) {
            return code("\"" + string + "\"");
        }
        return code(String.valueOf(value));
    }

    private static Collection<Schema> namedTypesIn(Schema root) {
        Map<String, Schema> found = new LinkedHashMap<>();
        collectNamedTypes(root, found);
        return new ArrayList<>(found.values());
    }

    private static void collectNamedTypes(Schema schema, Map<String, Schema> found) {
        switch (schema.getType()) {
            case RECORD -> {
                if (found.putIfAbsent(schema.getFullName(), schema) == null) {
                    schema.getFields().forEach(field -> collectNamedTypes(field.schema(), found));
                }
            }
            case ENUM, FIXED -> found.putIfAbsent(schema.getFullName(), schema);
            case ARRAY -> collectNamedTypes(schema.getElementType(), found);
            case MAP -> collectNamedTypes(schema.getValueType(), found);
            case UNION -> schema.getTypes().forEach(branch -> collectNamedTypes(branch, found));
            default -> {
                // Primitives name no other types.
            }
        }
    }
}
