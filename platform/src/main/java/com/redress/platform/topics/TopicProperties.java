package com.redress.platform.topics;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which catalog topics a service writes and reads, and how the topics it declares are sized.
 *
 * @param produces          topics this service writes; it declares them at start-up
 * @param consumes          topics this service reads; it declares their dead-letter topics
 * @param partitions        partition count for every declared topic (the same everywhere keeps cases co-partitioned)
 * @param replicationFactor replication factor for every declared topic (1 on a laptop, 3 in production)
 */
@ConfigurationProperties("redress.topics")
public record TopicProperties(
        @DefaultValue List<String> produces,
        @DefaultValue List<String> consumes,
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor) {

    public TopicProperties {
        produces = List.copyOf(produces);
        consumes = List.copyOf(consumes);
        if (partitions < 1) {
            throw new IllegalArgumentException("redress.topics.partitions must be at least 1, was " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException(
                    "redress.topics.replication-factor must be at least 1, was " + replicationFactor);
        }
    }
}
