package com.redress.notification;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.redress.notification.cases.CaseDirectory;
import com.redress.notification.channel.ChannelSender;
import com.redress.notification.channel.email.EmailProperties;
import com.redress.notification.channel.email.ImapSentMailJournal;
import com.redress.notification.channel.email.SmtpConnectionPool;
import com.redress.notification.channel.email.SmtpEmailSender;
import com.redress.notification.channel.http.HttpProviderClient;
import com.redress.notification.channel.http.ProvidersProperties;
import com.redress.notification.channel.push.HttpPushSender;
import com.redress.notification.channel.sms.HttpSmsSender;
import com.redress.notification.contact.ContactDecryptor;
import com.redress.notification.contact.UnconfiguredContactDecryptor;
import com.redress.notification.delivery.DeliveryLedger;
import com.redress.notification.delivery.DeliveryMetrics;
import com.redress.notification.delivery.DeliveryProperties;
import com.redress.notification.delivery.NotificationDispatcher;
import com.redress.notification.delivery.OutcomePublisher;
import com.redress.notification.delivery.RetryingSender;
import com.redress.notification.listener.NotificationTopics;
import com.redress.notification.replay.TopicReplay;
import com.redress.notification.rules.NotificationPlanner;
import com.redress.notification.rules.NotificationRulesProperties;
import com.redress.notification.staff.StaffDirectory;
import com.redress.notification.staff.StaffDirectoryProperties;
import com.redress.notification.survey.AnsweredSurveys;
import com.redress.notification.survey.SurveyInvitations;
import com.redress.notification.survey.SurveyMetrics;
import com.redress.notification.survey.SurveyProperties;
import com.redress.notification.survey.SurveyRecorder;
import com.redress.notification.survey.SurveyTokens;
import com.redress.notification.template.TemplateProperties;
import com.redress.notification.template.TemplateRenderer;

/** Wires rules, templates, channels, the delivery ledger and surveys. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({NotificationRulesProperties.class, TemplateProperties.class,
        StaffDirectoryProperties.class, DeliveryProperties.class, EmailProperties.class, SurveyProperties.class,
        NotificationTopics.class, ProvidersProperties.class})
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);
    private static final int GENERATED_KEY_BYTES = 32;

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    NotificationPlanner notificationPlanner(NotificationRulesProperties rules) {
        return new NotificationPlanner(rules);
    }

    @Bean
    TemplateRenderer templateRenderer(TemplateProperties properties) {
        return new TemplateRenderer(properties);
    }

    @Bean
    CaseDirectory caseDirectory() {
        return new CaseDirectory();
    }

    @Bean
    DeliveryLedger deliveryLedger() {
        return new DeliveryLedger();
    }

    @Bean
    AnsweredSurveys answeredSurveys() {
        return new AnsweredSurveys();
    }

    @Bean
    StaffDirectory staffDirectory(StaffDirectoryProperties properties) {
        return new StaffDirectory(properties);
    }

    @Bean
    DeliveryMetrics deliveryMetrics(MeterRegistry registry) {
        return new DeliveryMetrics(registry);
    }

    @Bean
    TopicReplay topicReplay(KafkaProperties kafka, NotificationTopics topics, CaseDirectory cases,
            DeliveryLedger ledger, AnsweredSurveys answered) {
        return new TopicReplay(kafka.buildConsumerProperties(),
                List.of(topics.registered(), topics.graded(), topics.outcomes(), topics.surveyResponses()),
                new ReplayedEvents(cases, ledger, answered));
    }

    @Bean
    OutcomePublisher outcomePublisher(KafkaTemplate<String, Object> kafka, NotificationTopics topics,
            DeliveryLedger ledger, DeliveryMetrics metrics, Clock clock, DeliveryProperties properties) {
        return new OutcomePublisher(kafka, topics.outcomes(), ledger, metrics, clock, NotificationApplication.SOURCE,
                properties.outcomeAcknowledgement());
    }

    @Bean
    RetryingSender retryingSender(OutcomePublisher outcomes, DeliveryLedger ledger, DeliveryMetrics metrics,
            DeliveryProperties properties, Clock clock) {
        return new RetryingSender(outcomes, ledger, metrics, properties, clock);
    }

    /** Present, like Spring Boot's mail sender it takes its settings from, when {@code spring.mail.host} is set. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty("spring.mail.host")
    SmtpConnectionPool smtpConnectionPool(JavaMailSenderImpl mailSettings, EmailProperties emailProperties) {
        return new SmtpConnectionPool(mailSettings, emailProperties.connections());
    }

    @Bean
    NotificationDispatcher notificationDispatcher(TemplateRenderer renderer,
            ObjectProvider<ContactDecryptor> contactDecryptor, StaffDirectory staff,
            StaffDirectoryProperties staffProperties, ObjectProvider<SmtpConnectionPool> smtpConnections,
            EmailProperties emailProperties, ProvidersProperties providers, RetryingSender retryingSender,
            OutcomePublisher outcomes, DeliveryLedger ledger, DeliveryMetrics metrics, DeliveryProperties properties,
            Clock clock) {
        List<ChannelSender> senders = new ArrayList<>();
        smtpConnections.ifAvailable(pool -> senders.add(new SmtpEmailSender(pool, emailProperties,
                emailProperties.journal().lookedUp() ? new ImapSentMailJournal(emailProperties.journal(), clock) : null)));
        if (providers.sms().enabled()) {
            senders.add(new HttpSmsSender(new HttpProviderClient(providers.sms())));
        }
        if (providers.push().enabled()) {
            senders.add(new HttpPushSender(new HttpProviderClient(providers.push())));
        }
        ContactDecryptor contacts = contactDecryptor.getIfAvailable(() -> {
            log.warn("No ContactDecryptor configured: customer messages will be reported FAILED");
            return new UnconfiguredContactDecryptor();
        });
        log.info("Notification channels configured: {}; e-mail sends cut off by a crash {}",
                senders.stream().map(ChannelSender::channel).toList(), emailProperties.journal().lookedUp()
                        ? "are looked up in the journal at " + emailProperties.journal().host()
                        : "are sent again (no journal configured)");
        return new NotificationDispatcher(renderer, contacts, staff, staffProperties.language(), senders,
                retryingSender, outcomes, ledger, metrics, properties, clock);
    }

    @Bean
    SurveyTokens surveyTokens(SurveyProperties properties, Clock clock) {
        if (properties.signingKey() == null || properties.signingKey().isBlank()) {
            log.warn("redress.notification.survey.signing-key not set: a random key is used and survey links stop "
                    + "working when the service restarts");
            byte[] key = new byte[GENERATED_KEY_BYTES];
            new SecureRandom().nextBytes(key);
            return new SurveyTokens(key, clock);
        }
        return new SurveyTokens(Base64.getDecoder().decode(properties.signingKey()), clock);
    }

    @Bean
    SurveyInvitations surveyInvitations(SurveyTokens tokens, SurveyProperties properties, Clock clock) {
        return new SurveyInvitations(tokens, properties, clock);
    }

    @Bean
    SurveyMetrics surveyMetrics(MeterRegistry registry, SurveyProperties properties) {
        return new SurveyMetrics(registry, properties.rollingWindow());
    }

    @Bean
    SurveyRecorder surveyRecorder(SurveyTokens tokens, AnsweredSurveys answered, TopicReplay replay,
            KafkaTemplate<String, Object> kafka, NotificationTopics topics, SurveyMetrics metrics, Clock clock) {
        return new SurveyRecorder(tokens, answered, replay, kafka, topics.surveyResponses(), metrics, clock,
                NotificationApplication.SOURCE);
    }
}
