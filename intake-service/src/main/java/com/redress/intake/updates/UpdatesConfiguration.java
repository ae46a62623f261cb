package com.redress.intake.updates;

import java.time.Clock;

import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaStreamsDefaultConfiguration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import com.redress.events.intake.CaseUpdate;
import com.redress.intake.deduplication.RegisteredCases;
import com.redress.intake.normalisation.NormalisationProperties;
import com.redress.intake.privacy.IdentifierPseudonymiser;
import com.redress.intake.registration.IntakeEventPublisher;
import com.redress.platform.serde.AvroSerdes;

/** Wires the forwarding of case updates. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UpdatesProperties.class)
public class UpdatesConfiguration {

    @Bean
    CaseUpdateService caseUpdateService(RegisteredCases registeredCases, CaseLifecycles caseLifecycles,
            IntakeEventPublisher publisher, Clock clock, NormalisationProperties normalisation,
            UpdatesProperties updates, IdentifierPseudonymiser pseudonymiser) {
        return new CaseUpdateService(registeredCases, caseLifecycles, publisher, pseudonymiser, clock,
                new CaseUpdateService.Limits(normalisation.allowedClockSkew(), updates.maxExtensionWorkingDays()));
    }

    /**
     * The case lifecycle view: its global store joins the registered-cases Kafka Streams application, since both read
     * only intake's own topics, and a problem with other services' topics must not stop updates.
     */
    @Bean
    CaseLifecycles caseLifecycles(
            @Qualifier(KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_BUILDER_BEAN_NAME) StreamsBuilder builder,
            @Qualifier("&" + KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_BUILDER_BEAN_NAME)
            StreamsBuilderFactoryBean streams, KafkaProperties kafkaProperties, Clock clock) {
        CaseLifecycleTopology.build(builder,
                AvroSerdes.specific(CaseUpdate.class, kafkaProperties.buildStreamsProperties(), false));
        return new StreamsCaseLifecycles(streams, clock);
    }
}
