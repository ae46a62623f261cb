package com.redress.intake.deduplication;

import java.util.Map;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.annotation.KafkaStreamsDefaultConfiguration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

import com.redress.events.intake.ComplaintRegistered;
import com.redress.platform.serde.AvroSerdes;

/** Wires the registered-cases view: the Kafka Streams global table and the {@link RegisteredCases} reading it. */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
public class RegisteredCasesConfiguration {

    @Bean
    GlobalKTable<String, ComplaintRegistered> registeredCasesTable(
            @Qualifier(KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_BUILDER_BEAN_NAME) StreamsBuilder builder,
            KafkaProperties kafkaProperties) {
        Map<String, Object> configs = kafkaProperties.buildStreamsProperties();
        Serde<ComplaintRegistered> serde = AvroSerdes.specific(ComplaintRegistered.class, configs, false);
        return RegisteredCasesTopology.build(builder, serde);
    }

    @Bean
    StreamsBuilderFactoryBeanConfigurer announceWhenRegisteredCasesReady(ApplicationEventPublisher events) {
        return factoryBean -> factoryBean.setStateListener((newState, oldState) -> {
            if (newState == KafkaStreams.State.RUNNING) {
                events.publishEvent(new RegisteredCasesReadyEvent(factoryBean));
            }
        });
    }

    @Bean
    StreamsRegisteredCases registeredCases(
            @Qualifier("&" + KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_BUILDER_BEAN_NAME)
            StreamsBuilderFactoryBean streams) {
        return new StreamsRegisteredCases(streams);
    }
}
