package com.redress.contract.doc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.redress.contract.TopicSpec;
import com.redress.contract.TopicSpec.CleanupPolicy;
import com.redress.contract.Topics;

import org.apache.avro.Schema;
import org.apache.avro.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

class TopicCatalogDocTest {

    /** The committed catalog, relative to the module directory that Maven runs tests in. */
    private static final Path TOPICS_MD = Path.of("..", "docs", "topics.md");
    private static final String WRITE_PROPERTY = "redress.docs.write";

    private static final Schema FIXTURE = SchemaParser.parseSingle("""
            {"type": "record", "name": "CardBlocked", "namespace": "com.example.cards",
             "doc": "A card was blocked.",
             "fields": [
               {"name": "occurredAt", "type": {"type": "long", "logicalType": "timestamp-millis"},
                "doc": "When, UTC."},
               {"name": "reason", "type": {"type": "enum", "name": "BlockReason", "doc": "Why a card is blocked.",
                "symbols": ["LOST", "FRAUD", "UNKNOWN"], "default": "UNKNOWN"}, "doc": "Why."},
               {"name": "limit", "type": ["null", {"type": "record", "name": "Limit", "doc": "A spending limit.",
                "fields": [{"name": "amount",
                  "type": {"type": "bytes", "logicalType": "decimal", "precision": 20, "scale": 4},
                  "doc": "Amount | in the card's currency."}]}], "default": null,
                "doc": "The limit at the time, masked like 6222 **** **** 4821 <card>."},
               {"name": "tags", "type": {"type": "map", "values": "string"}, "default": {}, "doc": "Free tags."},
               {"name": "history", "type": {"type": "array", "items": "Limit"}, "doc": "Earlier limits."}
             ]}
            """);

    @Test
    void docsTopicsMdShouldMatchTheCatalogAndSchemas() throws IOException {
        // Given
        String rendered = TopicCatalogDoc.render(Topics.ALL);
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            TopicCatalogDoc.write(Topics.ALL, TOPICS_MD);
        }

        // When
        String committed = Files.exists(TOPICS_MD) ? Files.readString(TOPICS_MD, StandardCharsets.UTF_8) : "";

        // Then
        if (!committed.equals(rendered)) {
            fail("docs/topics.md is out of date with Topics.ALL and the Avro schemas (" + firstDifference(committed,
                    rendered) + "). Regenerate it from the project root with: " + TopicCatalogDoc.REGENERATE_COMMAND);
        }
    }

    @Test
    void shouldDescribeTopicConfigurationAndSubject() {
        // When
        String markdown = TopicCatalogDoc.render(List.of(topic(FIXTURE, null)));

        // Then
        assertThat(markdown)
                .contains("## `cards.blocked`")
                .contains("| Value | `com.example.cards.CardBlocked`, subject `cards.blocked-value` |")
                .contains("| Retention | forever (`retention.ms=-1`) |")
                .contains("| Cleanup policy | `delete` |")
                .contains("| Consumed by | analytics, sla-service |");
    }

    @Test
    void shouldShowLogicalTypesNullabilityAndDefaultsInTheFieldTable() {
        // When
        String markdown = TopicCatalogDoc.render(List.of(topic(FIXTURE, null)));

        // Then
        assertThat(markdown)
                .contains("| `occurredAt` | `long` (timestamp-millis) | required | When, UTC. |")
                .contains("| `limit` | `Limit` (record), nullable | `null` |")
                .contains("| `amount` | `bytes` (decimal(20,4)) | required |")
                .contains("| `tags` | map of `string` to `string` | `{}` | Free tags. |")
                .contains("| `history` | array of `Limit` (record) | required |");
    }

    @Test
    void shouldDocumentNestedRecordsAndEnumSymbolsOnce() {
        // When
        String markdown = TopicCatalogDoc.render(List.of(topic(FIXTURE, null)));

        // Then
        assertThat(markdown).containsOnlyOnce("### `Limit` record (`com.example.cards.Limit`)");
        assertThat(markdown).contains("### `BlockReason` enum (`com.example.cards.BlockReason`)")
                .contains("Symbols: `LOST`, `FRAUD`, `UNKNOWN`. Default `UNKNOWN`");
    }

    @Test
    void shouldEscapeMarkdownInDocsSoTablesAndTextRenderAsWritten() {
        // When
        String markdown = TopicCatalogDoc.render(List.of(topic(FIXTURE, null)));

        // Then
        assertThat(markdown)
                .contains("Amount \\| in the card's currency.")
                .contains("6222 \\*\\*\\*\\* \\*\\*\\*\\* 4821 \\<card>");
    }

    @Test
    void shouldDescribeDeadLetterTopicAsRawBytesWithoutFieldTable() {
        // When
        String markdown = TopicCatalogDoc.render(List.of(new TopicSpec("cards.blocked.dlt", "Dead letters.",
                "the original key bytes", null, 6, (short) 1, Duration.ofDays(30), CleanupPolicy.DELETE,
                List.of("sla-service"), List.of("operations"))));

        // Then
        assertThat(markdown)
                .contains("| Value | the original value bytes, unchanged (no schema); only a dead letter too large "
                        + "for the broker has its value cut (`redress_value-truncated`) |")
                .contains("| Retention | 30 days (`retention.ms=2592000000`) |")
                .doesNotContain("| Field |");
    }

    private static TopicSpec topic(Schema schema, Duration retention) {
        return new TopicSpec("cards.blocked", "Blocked cards.", "`caseId`", schema, 6, (short) 1, retention,
                CleanupPolicy.DELETE, List.of("cards-service"), List.of("analytics", "sla-service"));
    }

    private static String firstDifference(String committed, String rendered) {
        if (committed.isEmpty()) {
            return "the file is missing or empty";
        }
        String[] committedLines = committed.split("\n", -1);
        String[] renderedLines = rendered.split("\n", -1);
        for (int i = 0; i < Math.min(committedLines.length, renderedLines.length); i++) {
            if (!committedLines[i].equals(renderedLines[i])) {
                return "first difference at line " + (i + 1) + ": expected <" + renderedLines[i]
                        + "> but the file has <" + committedLines[i] + ">";
            }
        }
        return "the file has " + committedLines.length + " lines, the rendering " + renderedLines.length;
    }
}
