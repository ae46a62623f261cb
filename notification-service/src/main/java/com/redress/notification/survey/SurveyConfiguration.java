package com.redress.notification.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;

import com.redress.notification.planning.PlanningQueries;

/** Wires survey links, the answer endpoint's one-answer check and the satisfaction metrics. */
@Configuration(proxyBeanMethods = false)
class SurveyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SurveyConfiguration.class);
    private static final int GENERATED_KEY_BYTES = 32;
    /** Far longer than an answer takes from the topic into the planning's store. */
    private static final Duration RECENT_ANSWERS = Duration.ofMinutes(10);

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
    SurveyRecorder surveyRecorder(SurveyTokens tokens, PlanningQueries planning,
            KafkaTemplate<String, Object> kafka, @Value("${redress.notification.topics.survey-responses}") String topic,
            SurveyMetrics metrics, Clock clock, @Value("${spring.application.name}") String source) {
        AnsweredSurveys recent = new AnsweredSurveys(RECENT_ANSWERS, clock);
        return new SurveyRecorder(tokens, recent, new SurveyAnswerCheck(planning, recent, RestClient.create()), kafka, topic,
                metrics, clock, source);
    }
}
