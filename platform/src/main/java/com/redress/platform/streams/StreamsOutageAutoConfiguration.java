package com.redress.platform.streams;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/** Gives every Kafka Streams application of the service {@link ReplaceThreadOnTransientFailure}. */
@AutoConfiguration
@ConditionalOnClass(name = {"org.apache.kafka.streams.KafkaStreams",
        "org.springframework.kafka.config.StreamsBuilderFactoryBean"})
public class StreamsOutageAutoConfiguration {

    private static final Duration PAUSE_BEFORE_REPLACING = Duration.ofSeconds(2);

    @Bean
    static BeanPostProcessor replaceStreamThreadsOnTransientFailures() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof StreamsBuilderFactoryBean factory) {
                    factory.setStreamsUncaughtExceptionHandler(
                            new ReplaceThreadOnTransientFailure(PAUSE_BEFORE_REPLACING));
                }
                return bean;
            }
        };
    }
}
