package com.redress.contract.doc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.redress.contract.TopicSpec;
import com.redress.contract.Topics;

import static com.redress.contract.doc.Markdown.code;
import static com.redress.contract.doc.Markdown.text;

/**
 * Renders the topic catalog for analytics teams as Markdown ({@code docs/topics.md}): every topic of
 * {@link Topics#ALL} with its configuration and the full field reference of its value schema.
 */
public final class TopicCatalogDoc {

    /** The command that rewrites {@code docs/topics.md} from the current catalog and schemas. */
    public static final String REGENERATE_COMMAND =
            "./mvnw -q -pl contract-tools -am test -Dtest=TopicCatalogDocTest -Dsurefire.failIfNoSpecifiedTests=false "
                    + "-Dredress.docs.write=true";

    private static final List<String> OVERVIEW_TITLES =
            List.of("Topic", "Value schema", "Produced by", "Consumed by", "Retention");

    private TopicCatalogDoc() {
    }

    /** The catalog of {@code topics} as a Markdown document with a trailing newline and {@code \n} line ends. */
    public static String render(List<TopicSpec> topics) {
        StringBuilder markdown = new StringBuilder(intro());
        markdown.append("\n## Overview\n\n").append(Markdown.header(OVERVIEW_TITLES));
        for (TopicSpec topic : topics) {
            markdown.append(Markdown.row(List.of(
                    code(topic.name()),
                    topic.isDeadLetter() ? "raw bytes" : code(topic.valueSchema().getName()),
                    text(String.join(", ", topic.producedBy())),
                    text(String.join(", ", topic.consumedBy())),
                    retention(topic.retention()))));
        }
        for (TopicSpec topic : topics) {
            markdown.append(topicSection(topic));
        }
        return markdown.toString();
    }

    /** Writes the rendering of {@code topics} to {@code target} in UTF-8, creating parent directories. */
    public static void write(List<TopicSpec> topics, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(target, render(topics), StandardCharsets.UTF_8);
    }

    private static String topicSection(TopicSpec topic) {
        StringBuilder section = new StringBuilder("\n## ").append(code(topic.name())).append("\n\n");
        section.append(text(topic.purpose())).append("\n\n");
        section.append(Markdown.header(List.of("Property", "Value")));
        section.append(property("Key", text(topic.key())));
        section.append(property("Value", topic.isDeadLetter()
                ? "the original value bytes, unchanged (no schema); only a dead letter too large for the broker "
                        + "has its value cut (" + code("redress_value-truncated") + ")"
                : code(topic.valueSchema().getFullName()) + ", subject " + code(topic.name() + "-value")));
        section.append(property("Partitions", Integer.toString(topic.partitions())));
        section.append(property("Replication factor",
                topic.replicationFactor() + " by default; the platform raises it per environment"));
        section.append(property("Retention", retention(topic.retention()) + " (" + code(TopicSpec.RETENTION_MS_CONFIG
                + "=" + topic.topicConfigs().get(TopicSpec.RETENTION_MS_CONFIG)) + ")"));
        section.append(property("Cleanup policy", code(topic.cleanupPolicy().configValue())));
        section.append(property("Produced by", text(String.join(", ", topic.producedBy()))));
        section.append(property("Consumed by", text(String.join(", ", topic.consumedBy()))));
        if (!topic.isDeadLetter()) {
            section.append(SchemaMarkdown.render(topic.valueSchema(), "###"));
        }
        return section.toString();
    }

    private static String property(String name, String value) {
        return Markdown.row(List.of(name, value));
    }

    private static String retention(Duration retention) {
        if (retention == null) {
            return "forever";
        }
        long days = retention.toDays();
        return Duration.ofDays(days).equals(retention) ? days + " days" : retention.toString();
    }

    private static String intro() {
        return """
                # Redress topic catalog

                Every Kafka topic of Redress: what it carries, who writes and reads it, how long it is kept, and \
                every field of its events. Generated from `com.redress.contract.Topics` and the Avro schemas in \
                `schemas/src/main/avro`; do not edit by hand. Regenerate with `%s`.

                ## Reading the topics

                - **Wire format.** Every value uses the Confluent wire format: the magic byte `0`, the 4-byte \
                big-endian schema id, then the Avro binary encoding. Any Confluent-compatible deserializer \
                (Confluent's Java, Python and JavaScript clients, Flink, Spark) reads it given the schema registry URL.
                - **Subjects.** Value schemas are registered under the subject `<topic>-value`. Keys are plain UTF-8 \
                strings, not Avro, so there are no `-key` subjects.
                - **Keys.** Every event of a case is keyed by its `caseId`, so a case's events are in order within \
                one partition, with the same partition number on every topic. The only exception is \
                `complaints.submitted`, keyed by `<channel>:<channelMessageId>` because no case exists yet.
                - **Compatibility.** Every subject is BACKWARD compatible: a new schema version reads all data \
                written with earlier ones. Fields are only added with a default (usually optional, default `null`) \
                and enum symbols only added; a reader that meets a symbol it does not know reads the enum's default, \
                `UNKNOWN`. Read with the latest schema version and expect `UNKNOWN`.
                - **Common fields.** Every event carries `eventId` (a UUID; a consumer may see an event more than \
                once, so de-duplicate on it), `caseId`, `occurredAt` and `source`.
                - **Types.** Instants are `timestamp-millis` in UTC; where the local time matters, the IANA zone id \
                is a separate field. Money is a `Money` record: a `decimal(20,4)` amount and its ISO 4217 currency.
                - **Personal data.** Only `complaints.submitted` and the dead-letter topics hold raw personal data. \
                Everywhere else customers are pseudonymous, contact details are encrypted or masked and free text \
                is redacted.
                - **Dead-letter topics** (`<topic>.dlt`) hold records a service could not process, as raw bytes \
                for operations; they are not for analytics.
                """.formatted(REGENERATE_COMMAND);
    }
}
