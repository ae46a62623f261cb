package com.redress.contract.compatibility;

import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BreakingChangeFinderTest {

    private static final String WRITER = """
            {"type": "record", "name": "Statement", "namespace": "com.example", "fields": [
              {"name": "id", "type": "string"},
              {"name": "opening", "type": ["null", {"type": "record", "name": "Line", "fields": [
                {"name": "amount", "type": "long"},
                {"name": "kind", "type": {"type": "enum", "name": "Kind", "symbols": ["DEBIT", "CREDIT"]}}
              ]}], "default": null},
              {"name": "lines", "type": {"type": "array", "items": "Line"}},
              {"name": "tags", "type": {"type": "map", "values": "string"}}
            ]}
            """;

    private static final String READER = """
            {"type": "record", "name": "Statement", "namespace": "com.example", "fields": [
              {"name": "id", "type": "string"},
              {"name": "opening", "type": ["null", {"type": "record", "name": "Line", "fields": [
                {"name": "amount", "type": "long"},
                {"name": "memo", "type": "string"},
                {"name": "kind", "type": {"type": "enum", "name": "Kind", "symbols": ["DEBIT"]}}
              ]}], "default": null},
              {"name": "lines", "type": {"type": "array", "items": "Line"}},
              {"name": "tags", "type": {"type": "map", "values": "int"}}
            ]}
            """;

    @Test
    void shouldReportEachBreakOnceWithItsFieldPathWhenTheSameRecordIsReachedThroughAUnionAndAnArray() {
        // Given Line gains a required field and loses a symbol, and is used in an optional field and an array
        Schema writer = SchemaParser.parseSingle(WRITER);
        Schema reader = SchemaParser.parseSingle(READER);

        // When
        List<BreakingChange> changes = new BreakingChangeFinder("com.example.Statement", "1.0.0").find(reader, writer);

        // Then
        assertThat(changes).extracting(BreakingChange::detail).contains(
                "field 'opening.memo'",
                "field 'opening.kind': reader lacks symbols [CREDIT]");
        assertThat(changes).extracting(BreakingChange::detail)
                .anySatisfy(detail -> assertThat(detail).startsWith("field 'tags{}': "));
        assertThat(changes).doesNotHaveDuplicates();
        assertThat(changes).allSatisfy(change -> assertThat(change.location()).startsWith("/fields/"));
    }
}
