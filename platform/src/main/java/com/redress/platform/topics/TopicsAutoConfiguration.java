package com.redress.platform.topics;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

import org.apache.kafka.clients.admin.NewTopic;

/** Declares, at start-up, the catalog topics a service writes and the dead-letter topics of those it reads. */
@AutoConfiguration
@EnableConfigurationProperties(TopicProperties.class)
public class TopicsAutoConfiguration {

    @Bean
    KafkaAdmin.NewTopics declaredTopics(TopicProperties properties) {
        return new KafkaAdmin.NewTopics(TopicDeclarations.of(properties).toArray(NewTopic[]::new));
    }
}
