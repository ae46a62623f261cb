package com.redress.grading.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;

import com.redress.events.grading.ComplaintGraded;
import com.redress.grading.metrics.GradingMetrics;
import com.redress.grading.rules.RuleSet;
import com.redress.grading.topology.GradingSerdes;
import com.redress.grading.topology.GradingTopology;

/**
 * Declares the grading topology as a bean built on Spring's {@link StreamsBuilder}, with the serdes configured from
 * {@code spring.kafka.streams.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class GradingStreamsConfiguration {

    @Bean
    GradingMetrics gradingMetrics(MeterRegistry meterRegistry) {
        return new GradingMetrics(meterRegistry);
    }

    @Bean
    GradingSerdes gradingSerdes(KafkaProperties kafkaProperties) {
        return GradingSerdes.from(kafkaProperties.buildStreamsProperties());
    }

    @Bean
    KStream<String, ComplaintGraded> gradingTopology(StreamsBuilder streamsBuilder, RuleSet rules,
            GradingMetrics metrics, GradingSerdes serdes, GradingProperties properties) {
        return GradingTopology.build(streamsBuilder, rules, metrics, serdes, properties.retention().toCaseRetention());
    }
}
