package com.redress.platform.topics;

import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/** Declares, at start-up, the catalog topics the service writes and reads, found by its application name. */
@AutoConfiguration
@EnableConfigurationProperties(TopicProperties.class)
@ConditionalOnProperty("spring.application.name")
public class TopicsAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TopicsAutoConfiguration.class);

    @Bean
    KafkaAdmin.NewTopics declaredTopics(@Value("${spring.application.name}") String application,
            TopicProperties sizing) {
        List<NewTopic> topics = TopicDeclarations.forApplication(application, sizing);
        if (topics.isEmpty()) {
            log.warn("The topic catalog names no topic that '{}' writes or reads: none declared", application);
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
