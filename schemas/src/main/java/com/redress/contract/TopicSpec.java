package com.redress.contract;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.avro.Schema;

/**
 * Describes one Kafka topic of the event contract: what it carries, who writes and reads it, and how it is configured.
 *
 * @param name              the topic name
 * @param purpose           what the topic is for, why it is retained as it is, and anything a reader must know
 * @param key               what the record key holds
 * @param valueSchema       the Avro schema of the record value, registered under {@code <name>-value};
 *                          {@code null} for dead-letter topics, whose values are the original raw bytes
 * @param partitions        the partition count; the same for every case-keyed topic so events of one case
 *                          stay co-partitioned
 * @param replicationFactor the default replication factor; the platform may raise it when it creates the topic
 * @param retention         how long records are kept; {@code null} keeps them forever
 * @param cleanupPolicy     how Kafka discards old records
 * @param producedBy        the services (by application name) or outside systems that write the topic
 * @param consumedBy        the services (by application name) and teams that read the topic
 */
public record TopicSpec(
        String name,
        String purpose,
        String key,
        Schema valueSchema,
        int partitions,
        short replicationFactor,
        Duration retention,
        CleanupPolicy cleanupPolicy,
        List<String> producedBy,
        List<String> consumedBy) {

    /** Kafka's {@code cleanup.policy} for a topic. */
    public enum CleanupPolicy {
        /** Old segments are deleted once past the retention time. */
        DELETE("delete"),
        /** Only the latest record per key is kept. */
        COMPACT("compact");

        private final String configValue;

        CleanupPolicy(String configValue) {
            this.configValue = configValue;
        }

        /** The value of Kafka's {@code cleanup.policy} topic config. */
        public String configValue() {
            return configValue;
        }
    }

    /** Kafka's topic config key for the cleanup policy. */
    public static final String CLEANUP_POLICY_CONFIG = "cleanup.policy";
    /** Kafka's topic config key for the retention time. */
    public static final String RETENTION_MS_CONFIG = "retention.ms";
    /** Kafka's {@code retention.ms} value meaning "no time limit". */
    public static final long RETAIN_FOREVER_MS = -1L;

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(cleanupPolicy, "cleanupPolicy");
        Objects.requireNonNull(producedBy, "producedBy");
        if (name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be blank");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be positive for topic " + name);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("replicationFactor must be positive for topic " + name);
        }
        if (retention != null && (retention.isNegative() || retention.isZero())) {
            throw new IllegalArgumentException("retention must be positive or null (forever) for topic " + name);
        }
        producedBy = List.copyOf(producedBy);
        consumedBy = List.copyOf(consumedBy);
        if (producedBy.isEmpty()) {
            throw new IllegalArgumentException("producedBy must name at least one writer for topic " + name);
        }
    }

    /** Whether records are kept without a time limit. */
    public boolean retainedForever() {
        return retention == null;
    }

    /** Whether this topic holds raw dead-lettered bytes rather than Avro events. */
    public boolean isDeadLetter() {
        return valueSchema == null;
    }

    /** The Kafka topic configs to create this topic with: {@code cleanup.policy} and {@code retention.ms}. */
    public Map<String, String> topicConfigs() {
        long retentionMs = retainedForever() ? RETAIN_FOREVER_MS : retention.toMillis();
        return Map.of(
                CLEANUP_POLICY_CONFIG, cleanupPolicy.configValue(),
                RETENTION_MS_CONFIG, Long.toString(retentionMs));
    }
}
