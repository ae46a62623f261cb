package com.redress.platform.deadletter;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * Gives every {@code @KafkaListener} the same failure path: retry with back-off what may pass, then publish the record
 * to its dead-letter topic and move on; unreadable records go there at once. A service says how its own failures are
 * handled with {@link FailureClassification} beans and names their reason codes with {@link DeadLetterReasons} beans.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@ConditionalOnClass(DefaultErrorHandler.class)
@EnableConfigurationProperties(DeadLetterProperties.class)
public class DeadLetterAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DeadLetterPublishing deadLetterPublishing(KafkaProperties kafkaProperties,
            ObjectProvider<MeterRegistry> meterRegistry, ObjectProvider<DeadLetterReasons> reasons) {
        return new DeadLetterPublishing(kafkaProperties.buildProducerProperties(),
                meterRegistry.getIfAvailable(SimpleMeterRegistry::new), reasons.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler deadLetteringErrorHandler(DeadLetterPublishing deadLetterPublishing,
            DeadLetterProperties properties, ObjectProvider<FailureClassification> classifications) {
        return errorHandler(deadLetterPublishing, properties, classifications.orderedStream().toList());
    }

    /**
     * The platform's failure path for listeners: what {@code classifications} (after the platform's own) say, and for
     * the rest retries with exponential back-off, then a dead letter. A service customises it by declaring
     * {@link FailureClassification} beans rather than replacing the handler.
     */
    public static DefaultErrorHandler errorHandler(DeadLetterPublishing deadLetterPublishing,
            DeadLetterProperties properties, List<FailureClassification> classifications) {
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.retries());
        backOff.setInitialInterval(properties.initialInterval().toMillis());
        backOff.setMaxInterval(properties.maxInterval().toMillis());
        backOff.setMultiplier(2.0);
        return new DeadLetterErrorHandler(deadLetterPublishing, backOff, classifications);
    }
}
