package com.redress.intake.status;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.KTable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.web.client.RestClient;

import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.sla.SlaEvent;
import com.redress.intake.deduplication.RegisteredCases;
import com.redress.platform.deadletter.StreamsDeadLetterHandler;
import com.redress.platform.serde.AvroSerdes;
import com.redress.platform.streams.JsonStateSerdes;

/**
 * Wires the case view as a Kafka Streams application of its own, with its own application id, beside the one that
 * de-duplicates registrations and checks updates, so that a problem reading other services' topics can never stop
 * registration. Its Streams settings are intake's ({@code spring.kafka.streams.*}), under the application id
 * {@code <intake's>-case-view} and its own state directory.
 */
@Configuration(proxyBeanMethods = false)
public class CaseViewConfiguration {

    static final String VIEW_STREAMS_BUILDER = "caseViewStreamsBuilder";
    static final String APPLICATION_ID_SUFFIX = "-case-view";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    @Bean(VIEW_STREAMS_BUILDER)
    StreamsBuilderFactoryBean caseViewStreamsBuilder(KafkaProperties kafkaProperties) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildStreamsProperties());
        config.put(StreamsConfig.APPLICATION_ID_CONFIG,
                kafkaProperties.getStreams().getApplicationId() + APPLICATION_ID_SUFFIX);
        String stateDir = kafkaProperties.getStreams().getStateDir();
        if (stateDir != null) {
            config.put(StreamsConfig.STATE_DIR_CONFIG, Path.of(stateDir, "case-view").toString());
        }
        // unlike intake's global stores, a partitioned topology has a dead-letter path: an unreadable event goes to
        // its topic's dead letters instead of being skipped unseen, and a registry outage is waited out
        config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, StreamsDeadLetterHandler.class);
        config.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, StreamsDeadLetterHandler.class);
        // a copy of each partition on a second instance, to answer from while the partitions move
        config.putIfAbsent(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 1);
        return new StreamsBuilderFactoryBean(new KafkaStreamsConfiguration(config));
    }

    @Bean
    CaseViewTopology.CaseViewSerdes caseViewSerdes(KafkaProperties kafkaProperties) {
        return serdes(kafkaProperties.buildStreamsProperties());
    }

    /** The view's serdes: the events' with intake's reader schemas, registering none; the state as JSON. */
    public static CaseViewTopology.CaseViewSerdes serdes(Map<String, Object> configs) {
        return new CaseViewTopology.CaseViewSerdes(
                AvroSerdes.specific(ComplaintRegistered.class, configs, false),
                AvroSerdes.specific(CaseUpdate.class, configs, false),
                AvroSerdes.specific(ComplaintGraded.class, configs, false),
                AvroSerdes.specific(SlaEvent.class, configs, false),
                AvroSerdes.specific(NotificationOutcome.class, configs, false),
                stateSerde());
    }

    /** The state serde; its JSON carries no type headers, since the store holds one type only. */
    public static Serde<CaseState> stateSerde() {
        return JsonStateSerdes.of(CaseState.class);
    }

    @Bean
    KTable<String, CaseState> caseView(@Qualifier(VIEW_STREAMS_BUILDER) StreamsBuilder builder,
            CaseViewTopology.CaseViewSerdes serdes) {
        return CaseViewTopology.build(builder, serdes);
    }

    @Bean
    CaseViewQueries caseViewQueries(@Qualifier("&" + VIEW_STREAMS_BUILDER) StreamsBuilderFactoryBean viewStreams,
            RegisteredCases registeredCases) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
        requests.setReadTimeout(READ_TIMEOUT);
        return new CaseViewQueries(viewStreams, registeredCases, new RemoteCaseViews(RestClient.builder().requestFactory(requests)
                .build()));
    }
}
