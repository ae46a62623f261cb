package com.redress.notification.listener;

import java.time.Clock;
import java.time.Duration;

import org.apache.kafka.clients.admin.Admin;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import com.redress.notification.cases.CaseDirectory;
import com.redress.notification.delivery.ChannelsUnavailableException;
import com.redress.notification.delivery.DeliveryFailedException;
import com.redress.notification.delivery.DeliveryLedger;
import com.redress.notification.delivery.DeliveryProperties;
import com.redress.notification.delivery.NotificationDispatcher;
import com.redress.notification.replay.TopicReplay;
import com.redress.notification.rules.NotificationPlanner;
import com.redress.notification.survey.SurveyInvitations;
import com.redress.platform.deadletter.DeadLetterAutoConfiguration;
import com.redress.platform.deadletter.DeadLetterProperties;
import com.redress.platform.deadletter.DeadLetterPublishing;

/** Wires the event listeners, their handlers and their failure path. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DelayedMessagesProperties.class)
class ListenerConfiguration {

    /** How long the delayed-messages listener waits for the main listener to commit an event it has read. */
    private static final Duration HAND_OVER_PAUSE = Duration.ofSeconds(1);

    @Bean
    NotificationEventsListener notificationEventsListener(CaseDirectory cases, NotificationPlanner planner,
            NotificationDispatcher dispatcher, SurveyInvitations surveys, TopicReplay replay) {
        EventNotifier notifier = new EventNotifier(dispatcher);
        KnownCases knownCases = new KnownCases(cases, replay);
        return new NotificationEventsListener(new RegisteredHandler(cases, planner, notifier),
                new CaseUpdateHandler(knownCases, planner, notifier, surveys), new GradedHandler(cases),
                new SlaEventHandler(knownCases, planner, notifier), replay);
    }

    @Bean
    DelayedMessagesListener delayedMessagesListener(CaseDirectory cases, NotificationPlanner planner,
            NotificationDispatcher dispatcher, SurveyInvitations surveys, TopicReplay replay, DeliveryLedger ledger,
            MainListenerProgress mainListener, DeliveryProperties delivery, Clock clock,
            DelayedMessagesProperties properties) {
        EventNotifier notifier = new EventNotifier(dispatcher);
        HeldBackMessages heldBack = new HeldBackMessages(notifier, ledger, replay, delivery.quietHours(), clock);
        Duration handOverPause = properties.longestPause().compareTo(HAND_OVER_PAUSE) < 0
                ? properties.longestPause() : HAND_OVER_PAUSE;
        return new DelayedMessagesListener(
                new DelayedRegistrationHandler(cases, planner, heldBack, mainListener, handOverPause),
                new DelayedUpdateHandler(new KnownCases(cases, replay), planner, notifier, surveys, heldBack,
                        mainListener, ledger, handOverPause, clock),
                replay, properties.longestPause());
    }

    @Bean
    MainListenerProgress mainListenerProgress(KafkaAdmin kafkaAdmin, KafkaProperties kafka) {
        return new MainListenerProgress(Admin.create(kafkaAdmin.getConfigurationProperties()),
                kafka.getConsumer().getGroupId());
    }

    /** Like Spring Boot's listener factory, but the listener acknowledges itself, so it can wait for a due time. */
    @Bean(DelayedMessagesListener.CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> delayedMessagesContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
            ConsumerFactory<Object, Object> consumerFactory) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumerFactory);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.MANUAL);
        return factory;
    }

    /**
     * The platform's failure path, except that a message every channel refused goes to the dead-letter topic at once
     * (its channel retries already ran, and a redelivery would only repeat them), while a message no channel could be
     * reached for is read again with a pause growing to {@link #OUTAGE_LONGEST_PAUSE} for as long as the outage
     * lasts: the partition waits in order, nothing is dropped.
     */
    @Bean
    DefaultErrorHandler notificationErrorHandler(DeadLetterPublishing deadLetterPublishing,
            DeadLetterProperties properties) {
        DefaultErrorHandler errorHandler = DeadLetterAutoConfiguration.errorHandler(deadLetterPublishing, properties);
        errorHandler.addNotRetryableExceptions(DeliveryFailedException.class);
        errorHandler.setBackOffFunction((record, failure) -> causedByOutage(failure) ? outageBackOff() : null);
        return errorHandler;
    }

    static final Duration OUTAGE_FIRST_PAUSE = Duration.ofSeconds(2);
    static final Duration OUTAGE_LONGEST_PAUSE = Duration.ofSeconds(30);

    static ExponentialBackOff outageBackOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(OUTAGE_FIRST_PAUSE.toMillis(), 2.0);
        backOff.setMaxInterval(OUTAGE_LONGEST_PAUSE.toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return backOff;
    }

    static boolean causedByOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ChannelsUnavailableException) {
                return true;
            }
        }
        return false;
    }
}
