package com.redress.platform.schemas;

import java.util.Map;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;

import com.redress.contract.TopicSpec;
import com.redress.contract.Topics;
import com.redress.platform.registry.SchemaRegistryClients;
import com.redress.platform.topics.TopicsAutoConfiguration;

/**
 * At start-up, registers the schemas of the topics this service writes and of the topics only outside systems write
 * to it (see ADR 0005); a refusal stops start-up.
 */
@AutoConfiguration(after = TopicsAutoConfiguration.class)
@ConditionalOnProperty(name = "redress.schemas.register-on-startup", havingValue = "true", matchIfMissing = true)
@ConditionalOnProperty("spring.application.name")
public class SchemaRegistrationAutoConfiguration {

    /** Runs once every bean exists, before listeners, streams and the web server start handling records. */
    @Bean
    SmartInitializingSingleton registerProducedSchemas(KafkaProperties kafkaProperties,
            @Value("${spring.application.name}") String application) {
        return () -> {
            Map<String, Object> configs = kafkaProperties.buildProducerProperties();
            new SchemaRegistration(SchemaRegistryClients.fromConfig(configs)).registerValueSchemas(
                    Topics.schemasRegisteredBy(application).stream().map(TopicSpec::name).toList());
        };
    }
}
