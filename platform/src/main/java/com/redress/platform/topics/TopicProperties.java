package com.redress.platform.topics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the topics a service declares are sized; which topics it declares is the catalog's to say, by the service's
 * {@code spring.application.name}.
 *
 * @param partitions        partition count for every declared topic (the same everywhere keeps cases co-partitioned)
 * @param replicationFactor replication factor for every declared topic (1 on a laptop, 3 in production)
 */
@ConfigurationProperties("redress.topics")
public record TopicProperties(
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor) {

    public TopicProperties {
        if (partitions < 1) {
            throw new IllegalArgumentException("redress.topics.partitions must be at least 1, was " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException(
                    "redress.topics.replication-factor must be at least 1, was " + replicationFactor);
        }
    }
}
