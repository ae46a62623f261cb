package com.redress.platform.wire;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.avro.Conversions;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an Avro datum into the language-neutral JSON both sides of the wire test compare, walking its schema: records
 * and maps become objects, enums their symbols, {@code timestamp-millis} epoch milliseconds, decimals plain strings,
 * uuids strings and bytes base64. Accepts the Java types of generated classes and of generic records alike.
 */
final class AvroJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AvroJson() {
    }

    static JsonNode normalise(Schema schema, Object value) {
        return switch (schema.getType()) {
            case NULL -> JSON.nullNode();
            case UNION -> value == null ? JSON.nullNode() : normalise(branchOf(schema, value), value);
            case RECORD -> record(schema, (IndexedRecord) value);
            case ARRAY -> array(schema.getElementType(), (Collection<?>) value);
            case MAP -> map(schema.getValueType(), (Map<?, ?>) value);
            case ENUM, STRING -> JSON.stringNode(value.toString());
            case BOOLEAN -> JSON.booleanNode((Boolean) value);
            case INT -> JSON.numberNode(((Number) value).intValue());
            case LONG -> schema.getLogicalType() instanceof LogicalTypes.TimestampMillis
                    ? JSON.numberNode(epochMillis(value))
                    : JSON.numberNode(((Number) value).longValue());
            case FLOAT, DOUBLE -> JSON.numberNode(((Number) value).doubleValue());
            case BYTES -> schema.getLogicalType() instanceof LogicalTypes.Decimal decimal
                    ? JSON.stringNode(decimal(schema, decimal, value).toPlainString())
                    : JSON.stringNode(base64(bytesOf((ByteBuffer) value)));
            case FIXED -> JSON.stringNode(base64(((GenericFixed) value).bytes()));
        };
    }

    private static ObjectNode record(Schema schema, IndexedRecord record) {
        ObjectNode node = JSON.objectNode();
        for (Schema.Field field : schema.getFields()) {
            node.set(field.name(), normalise(field.schema(), record.get(field.pos())));
        }
        return node;
    }

    private static ArrayNode array(Schema elementType, Collection<?> items) {
        ArrayNode node = JSON.arrayNode();
        items.forEach(item -> node.add(normalise(elementType, item)));
        return node;
    }

    private static ObjectNode map(Schema valueType, Map<?, ?> entries) {
        ObjectNode node = JSON.objectNode();
        entries.forEach((key, value) -> node.set(key.toString(), normalise(valueType, value)));
        return node;
    }

    // A ["null", X] union's value is X's whatever its logical type; GenericData picks the branch of other unions (a
    // template value's null, boolean, long or string) by the value's type, and the value is printed bare.
    private static Schema branchOf(Schema union, Object value) {
        List<Schema> branches = union.getTypes();
        if (branches.size() == 2 && branches.get(0).getType() == Schema.Type.NULL) {
            return branches.get(1);
        }
        return branches.get(GenericData.get().resolveUnion(union, value));
    }

    private static long epochMillis(Object value) {
        return value instanceof Instant instant ? instant.toEpochMilli() : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Schema schema, LogicalType decimal, Object value) {
        return value instanceof BigDecimal number
                ? number
                : new Conversions.DecimalConversion().fromBytes(((ByteBuffer) value).duplicate(), schema, decimal);
    }

    private static byte[] bytesOf(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
