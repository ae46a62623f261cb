package com.redress.platform.health;

import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * Reports a service DOWN when one of its Kafka Streams applications has stopped for good (ERROR, PENDING_ERROR,
 * NOT_RUNNING or shutting down), so a dead topology is not hidden behind a running web server; rebalancing counts as
 * up, and a topology not started yet as out of service.
 */
public class KafkaStreamsHealthIndicator extends AbstractHealthIndicator {

    private final Map<String, StreamsBuilderFactoryBean> streams;

    /** @param streams the service's Streams factory beans by bean name */
    public KafkaStreamsHealthIndicator(Map<String, StreamsBuilderFactoryBean> streams) {
        super("Kafka Streams health check failed");
        this.streams = Map.copyOf(streams);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, String> states = new TreeMap<>();
        boolean allAlive = true;
        boolean allStarted = true;
        for (Map.Entry<String, StreamsBuilderFactoryBean> entry : streams.entrySet()) {
            KafkaStreams kafkaStreams = entry.getValue().getKafkaStreams();
            if (kafkaStreams == null) {
                allStarted = false;
                states.put(entry.getKey(), "NOT_STARTED");
                continue;
            }
            KafkaStreams.State state = kafkaStreams.state();
            allAlive &= state.isRunningOrRebalancing() || state == KafkaStreams.State.CREATED;
            states.put(entry.getKey(), state.name());
        }
        if (!allAlive) {
            builder.down();
        } else if (!allStarted) {
            builder.outOfService();
        } else {
            builder.up();
        }
        builder.withDetails(Map.copyOf(states));
    }
}
