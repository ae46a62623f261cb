package com.redress.grading.config;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;

import com.redress.events.grading.ComplaintGraded;
import com.redress.events.grading.IncidentDetected;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.grading.metrics.GradingMetrics;
import com.redress.grading.rules.RuleSet;
import com.redress.grading.topology.GradingSerdes;
import com.redress.grading.topology.GradingTopology;
import com.redress.platform.serde.AvroSerdes;

/** Builds the grading topology on Spring's Kafka Streams builder, with serdes configured from {@code spring.kafka.*}. */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class GradingStreamsConfiguration {

    @Bean
    GradingMetrics gradingMetrics(MeterRegistry meterRegistry) {
        return new GradingMetrics(meterRegistry);
    }

    @Bean
    GradingSerdes gradingSerdes(KafkaProperties kafkaProperties) {
        Map<String, Object> configs = kafkaProperties.buildStreamsProperties();
        return new GradingSerdes(Serdes.String(),
                AvroSerdes.specific(ComplaintRegistered.class, configs, false),
                AvroSerdes.specific(CaseUpdate.class, configs, false),
                AvroSerdes.specific(ComplaintGraded.class, configs, false),
                AvroSerdes.specific(IncidentDetected.class, configs, false));
    }

    @Bean
    GradingTopology gradingTopology(StreamsBuilder streamsBuilder, RuleSet rules, GradingMetrics metrics,
            GradingSerdes serdes, GradingProperties properties) {
        GradingTopology topology = new GradingTopology(rules, metrics, serdes,
                properties.retention().toCaseRetention());
        topology.build(streamsBuilder);
        return topology;
    }
}
