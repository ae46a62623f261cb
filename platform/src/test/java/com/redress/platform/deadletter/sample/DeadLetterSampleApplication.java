package com.redress.platform.deadletter.sample;

import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

import com.redress.contract.Topics;
import com.redress.platform.topics.TopicDeclarations;
import com.redress.platform.topics.TopicProperties;

/**
 * The smallest service that consumes an event topic with the platform's auto-configuration, for listener ITs. Not a
 * service of the catalog, so it declares the topic it reads and its dead-letter topic itself.
 */
@SpringBootApplication
public class DeadLetterSampleApplication {

    @Bean
    KafkaAdmin.NewTopics sampleTopics(TopicProperties sizing) {
        return new KafkaAdmin.NewTopics(TopicDeclarations.of(List.of(
                Topics.find(Topics.COMPLAINTS_SUBMITTED).orElseThrow(),
                Topics.find(Topics.COMPLAINTS_SUBMITTED_DLT).orElseThrow()), sizing).toArray(NewTopic[]::new));
    }
}
