package com.redress.notification.sending;

import java.time.Clock;
import java.time.Duration;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import com.redress.contract.Topics;
import com.redress.notification.contact.ContactDecryptor;
import com.redress.notification.contact.UnconfiguredContactDecryptor;
import com.redress.notification.delivery.DeliveryLedger;
import com.redress.notification.delivery.DeliveryMetrics;
import com.redress.notification.delivery.DeliveryProperties;
import com.redress.notification.delivery.NotificationDispatcher;
import com.redress.notification.delivery.OutcomePublisher;
import com.redress.notification.delivery.OutcomeWatermarks;
import com.redress.notification.delivery.RetryingSender;
import com.redress.notification.staff.StaffDirectory;
import com.redress.notification.staff.StaffDirectoryProperties;
import com.redress.notification.survey.SurveyInvitations;
import com.redress.notification.template.TemplateRenderer;
import com.redress.platform.deadletter.FailureClassification;

/**
 * Wires the stateless senders of {@code notifications.requested}: the ledger of the uncommitted requests, the outcome
 * publisher, the dispatcher, and the listener's container with its offset metadata and failure path.
 */
@Configuration(proxyBeanMethods = false)
class SendingConfiguration {

    static final String CONTAINER_FACTORY = "notificationSendersContainerFactory";

    private static final Logger log = LoggerFactory.getLogger(SendingConfiguration.class);
    /** How long reading a partition's uncommitted outcomes may take before the assignment fails. */
    private static final Duration WINDOW_READ_TIMEOUT = Duration.ofSeconds(60);

    @Bean
    DeliveryLedger deliveryLedger() {
        return new DeliveryLedger();
    }

    @Bean
    OutcomeWatermarks outcomeWatermarks() {
        return new OutcomeWatermarks();
    }

    @Bean
    OutcomePublisher outcomePublisher(KafkaTemplate<String, Object> kafka,
            @Value("${redress.notification.topics.outcomes}") String outcomes, DeliveryLedger ledger,
            DeliveryMetrics metrics, Clock clock, DeliveryProperties properties, OutcomeWatermarks watermarks,
            @Value("${spring.application.name}") String source) {
        return new OutcomePublisher(kafka, outcomes, ledger, metrics, clock, source,
                properties.outcomeAcknowledgement(), watermarks);
    }

    @Bean
    RetryingSender retryingSender(OutcomePublisher outcomes, DeliveryLedger ledger, DeliveryMetrics metrics,
            DeliveryProperties properties, Clock clock) {
        return new RetryingSender(outcomes, ledger, metrics, properties, clock);
    }

    @Bean
    NotificationDispatcher notificationDispatcher(TemplateRenderer renderer, ObjectProvider<ContactDecryptor> contacts,
            StaffDirectory staff, StaffDirectoryProperties staffProperties, ChannelSenders channels,
            RetryingSender retryingSender, OutcomePublisher outcomes, DeliveryLedger ledger, DeliveryMetrics metrics,
            DeliveryProperties properties, Clock clock) {
        ContactDecryptor decryptor = contacts.getIfAvailable(() -> {
            log.warn("No ContactDecryptor configured: customer messages will be reported FAILED");
            return new UnconfiguredContactDecryptor();
        });
        return new NotificationDispatcher(renderer, decryptor, staff, staffProperties.language(), channels.senders(),
                retryingSender, outcomes, ledger, metrics, properties, clock);
    }

    @Bean
    NotificationRequestsListener notificationRequestsListener(NotificationDispatcher dispatcher,
            SurveyInvitations surveys, DeliveryLedger ledger) {
        return new NotificationRequestsListener(dispatcher, new RequestedMessages(surveys), ledger);
    }

    /**
     * Like Spring Boot's listener factory, but each commit of a request offset carries how far the outcomes of its
     * partition were written, and each assignment first reads the outcomes of the requests not yet committed.
     */
    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> notificationSendersContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            @Value("${redress.notification.topics.outcomes}") String outcomes, DeliveryLedger ledger,
            OutcomeWatermarks watermarks, Clock clock) {
        // without a commit to start from, a request can be at most as old as the topic keeps requests
        Duration requestRetention = Topics.find(Topics.NOTIFICATIONS_REQUESTED).orElseThrow().retention();
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.getContainerProperties().setConsumerRebalanceListener(new OutcomeWindow(consumers, outcomes, ledger,
                watermarks, requestRetention, WINDOW_READ_TIMEOUT, clock));
        factory.getContainerProperties().setOffsetAndMetadataProvider((listener, offset) ->
                new OffsetAndMetadata(offset, watermarks.metadata()));
        return factory;
    }

    /** The senders' failures: an outage waited out, a refusal dead-lettered at once (ADR 0007). */
    @Bean
    FailureClassification deliveryFailureClassification() {
        return new DeliveryFailureClassification();
    }
}
