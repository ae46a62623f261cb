package com.redress.notification.planning;

import java.util.Map;

import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationRequested;
import com.redress.events.sla.SlaEvent;
import com.redress.events.survey.SurveyResponse;
import com.redress.platform.serde.AvroSerdes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;

/** Runs the planning topology under Spring Boot's Kafka Streams support, with serdes from its Kafka settings. */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
@EnableConfigurationProperties(PlanningProperties.class)
class PlanningConfiguration {

    @Bean
    PlanningSerdes planningSerdes(KafkaProperties kafka) {
        // spring.kafka.properties carries schema.registry.url, auto.register.schemas and specific.avro.reader
        Map<String, String> configs = kafka.getProperties();
        return new PlanningSerdes(
                AvroSerdes.specific(ComplaintRegistered.class, configs, false),
                AvroSerdes.specific(ComplaintGraded.class, configs, false),
                AvroSerdes.specific(CaseUpdate.class, configs, false),
                AvroSerdes.specific(SlaEvent.class, configs, false),
                AvroSerdes.specific(NotificationOutcome.class, configs, false),
                AvroSerdes.specific(SurveyResponse.class, configs, false),
                AvroSerdes.specific(NotificationRequested.class, configs, false));
    }
}
