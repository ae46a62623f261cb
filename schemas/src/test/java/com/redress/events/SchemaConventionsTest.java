package com.redress.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import com.redress.contract.TopicSpec;
import com.redress.contract.Topics;

import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Enforces the contract's schema rules on every event schema, so a new field cannot quietly break them. */
class SchemaConventionsTest {

    private static final Set<String> NAMESPACES = Set.of(
            "com.redress.events.common", "com.redress.events.intake", "com.redress.events.grading",
            "com.redress.events.sla", "com.redress.events.notification", "com.redress.events.survey");

    static Stream<Schema> eventSchemas() {
        return Topics.ALL.stream().map(TopicSpec::valueSchema).filter(Objects::nonNull);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventSchemas")
    void shouldStartWithTheCommonEnvelope(Schema event) {
        // Given / When
        List<Field> fields = event.getFields();

        // Then
        assertThat(fields).extracting(Field::name).startsWith("eventId", "caseId", "occurredAt", "source");
        assertThat(fields.get(0).schema().getLogicalType()).isEqualTo(LogicalTypes.uuid());
        assertThat(fields.get(2).schema().getLogicalType()).isEqualTo(LogicalTypes.timestampMillis());
        assertThat(fields.get(3).schema().getType()).isEqualTo(Schema.Type.STRING);
        Schema caseId = fields.get(1).schema();
        if (event.getName().equals("ChannelSubmission")) {
            assertThat(caseId.isNullable()).as("caseId is optional only before intake assigns the case").isTrue();
        } else {
            assertThat(caseId.getType()).isEqualTo(Schema.Type.STRING);
        }
    }

    @Test
    void shouldDocumentEveryRecordFieldAndEnum() {
        // Given / When
        List<String> undocumented = new ArrayList<>();
        namedTypes().values().forEach(type -> {
            if (isBlank(type.getDoc())) {
                undocumented.add(type.getFullName());
            }
            if (type.getType() == Schema.Type.RECORD) {
                type.getFields().stream().filter(field -> isBlank(field.doc()))
                        .forEach(field -> undocumented.add(type.getFullName() + "." + field.name()));
            }
        });

        // Then
        assertThat(undocumented).isEmpty();
    }

    @Test
    void shouldGiveEveryEnumADefaultSymbolSoNewSymbolsStayReadable() {
        // Given / When
        List<String> withoutDefault = namedTypes().values().stream()
                .filter(type -> type.getType() == Schema.Type.ENUM)
                .filter(type -> !"UNKNOWN".equals(type.getEnumDefault()))
                .map(Schema::getFullName)
                .toList();

        // Then
        assertThat(withoutDefault).isEmpty();
    }

    @Test
    void shouldDeclareOptionalFieldsAsNullFirstUnionWithNullDefault() {
        // Given / When
        List<String> violations = new ArrayList<>();
        namedTypes().values().stream().filter(type -> type.getType() == Schema.Type.RECORD)
                .forEach(record -> record.getFields().stream()
                        .filter(field -> field.schema().getType() == Schema.Type.UNION)
                        .filter(field -> !isOptional(field))
                        .forEach(field -> violations.add(record.getFullName() + "." + field.name())));

        // Then
        assertThat(violations).isEmpty();
    }

    @Test
    void shouldKeepEveryNamedTypeInABoundedContextNamespace() {
        assertThat(namedTypes().values()).extracting(Schema::getNamespace).allMatch(NAMESPACES::contains);
    }

    @Test
    void shouldCarryMoneyOnlyAsTheSharedMoneyRecord() {
        // Given / When
        List<String> decimalsOutsideMoney = new ArrayList<>();
        namedTypes().values().stream().filter(type -> type.getType() == Schema.Type.RECORD)
                .filter(record -> !record.getFullName().equals("com.redress.events.common.Money"))
                .forEach(record -> record.getFields().stream()
                        .filter(field -> containsDecimal(field.schema()))
                        .forEach(field -> decimalsOutsideMoney.add(record.getFullName() + "." + field.name())));

        // Then
        assertThat(decimalsOutsideMoney).isEmpty();
    }

    private static boolean isOptional(Field field) {
        List<Schema> branches = field.schema().getTypes();
        return branches.size() == 2
                && branches.get(0).getType() == Schema.Type.NULL
                && field.hasDefaultValue()
                && field.defaultVal() == JsonProperties.NULL_VALUE;
    }

    private static boolean containsDecimal(Schema schema) {
        return switch (schema.getType()) {
            case UNION -> schema.getTypes().stream().anyMatch(SchemaConventionsTest::containsDecimal);
            case ARRAY -> containsDecimal(schema.getElementType());
            case MAP -> containsDecimal(schema.getValueType());
            default -> schema.getLogicalType() instanceof LogicalTypes.Decimal;
        };
    }

    private static Map<String, Schema> namedTypes() {
        Map<String, Schema> found = new LinkedHashMap<>();
        eventSchemas().forEach(schema -> collect(schema, found));
        return found;
    }

    private static void collect(Schema schema, Map<String, Schema> found) {
        switch (schema.getType()) {
            case RECORD -> {
                if (found.putIfAbsent(schema.getFullName(), schema) == null) {
                    schema.getFields().forEach(field -> collect(field.schema(), found));
                }
            }
            case ENUM, FIXED -> found.putIfAbsent(schema.getFullName(), schema);
            case ARRAY -> collect(schema.getElementType(), found);
            case MAP -> collect(schema.getValueType(), found);
            case UNION -> schema.getTypes().forEach(branch -> collect(branch, found));
            default -> {
                // Primitives are not named types.
            }
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
