package com.redress.intake.status;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.KafkaAdmin;

import com.redress.contract.TopicSpec;
import com.redress.contract.Topics;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.sla.SlaEvent;
import com.redress.intake.deduplication.RegisteredCases;
import com.redress.platform.serde.AvroSerdes;
import com.redress.platform.topics.TopicDeclarations;
import com.redress.platform.topics.TopicProperties;

/**
 * Wires the case status view as a Kafka Streams application of its own, beside the registered-cases view, so that a
 * problem reading other services' topics can never stop registration.
 */
@Configuration(proxyBeanMethods = false)
public class CaseStatusConfiguration {

    static final String STATUS_STREAMS_BUILDER = "caseStatusStreamsBuilder";
    private static final String APPLICATION_ID_SUFFIX = "-case-status";

    @Bean(STATUS_STREAMS_BUILDER)
    StreamsBuilderFactoryBean caseStatusStreamsBuilder(KafkaProperties kafkaProperties) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildStreamsProperties());
        config.put(StreamsConfig.APPLICATION_ID_CONFIG,
                kafkaProperties.getStreams().getApplicationId() + APPLICATION_ID_SUFFIX);
        String stateDir = kafkaProperties.getStreams().getStateDir();
        if (stateDir != null) {
            config.put(StreamsConfig.STATE_DIR_CONFIG, Path.of(stateDir, "case-status").toString());
        }
        return new StreamsBuilderFactoryBean(new KafkaStreamsConfiguration(config));
    }

    @Bean
    CaseStatusTopology.StatusTables caseStatusTables(@Qualifier(STATUS_STREAMS_BUILDER) StreamsBuilder builder) {
        return CaseStatusTopology.build(builder);
    }

    @Bean
    CaseStatusTopology.StatusSerdes caseStatusSerdes(KafkaProperties kafkaProperties) {
        Map<String, Object> configs = kafkaProperties.buildStreamsProperties();
        return new CaseStatusTopology.StatusSerdes(
                AvroSerdes.specific(ComplaintGraded.class, configs, false),
                AvroSerdes.specific(CaseUpdate.class, configs, false),
                AvroSerdes.specific(SlaEvent.class, configs, false),
                AvroSerdes.specific(NotificationOutcome.class, configs, false));
    }

    /**
     * The topics the view reads must exist before it starts (a global table cannot start on a missing topic), even
     * when intake is deployed before the services that write them; declaring an existing topic changes nothing.
     */
    @Bean
    KafkaAdmin.NewTopics caseStatusSourceTopics(TopicProperties topicProperties) {
        List<TopicSpec> read = Stream.of(Topics.COMPLAINTS_GRADED, Topics.SLA_EVENTS, Topics.NOTIFICATIONS_OUTCOMES)
                .map(name -> Topics.find(name).orElseThrow())
                .toList();
        return new KafkaAdmin.NewTopics(TopicDeclarations.of(read, topicProperties).toArray(NewTopic[]::new));
    }

    @Bean
    CaseStatusService caseStatusService(RegisteredCases registeredCases,
            @Qualifier("&" + STATUS_STREAMS_BUILDER) StreamsBuilderFactoryBean statusStreams,
            CaseStatusTopology.StatusSerdes serdes) {
        return new CaseStatusService(registeredCases, new StreamsLatestCaseEvents(statusStreams), serdes);
    }
}
