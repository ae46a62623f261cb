package com.redress.platform.health;

import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * Adds a {@code kafka} component to {@code /actuator/health} (a service that cannot reach its broker is not healthy)
 * and, in a Kafka Streams service, a {@code kafkaStreams} component (a topology that died is not healthy either).
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass({HealthIndicator.class, KafkaProperties.class})
public class KafkaHealthAutoConfiguration {

    @Bean(name = "kafkaHealthIndicator")
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    KafkaClusterHealthIndicator kafkaHealthIndicator(KafkaProperties kafkaProperties,
            @Value("${redress.health.kafka-timeout:3s}") Duration timeout) {
        return new KafkaClusterHealthIndicator(kafkaProperties.buildAdminProperties(), timeout);
    }

    @Bean(name = "kafkaStreamsHealthIndicator")
    @ConditionalOnBean(StreamsBuilderFactoryBean.class)
    @ConditionalOnMissingBean(name = "kafkaStreamsHealthIndicator")
    KafkaStreamsHealthIndicator kafkaStreamsHealthIndicator(Map<String, StreamsBuilderFactoryBean> streams) {
        return new KafkaStreamsHealthIndicator(streams);
    }
}
