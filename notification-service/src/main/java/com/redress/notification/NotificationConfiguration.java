package com.redress.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;

import com.redress.notification.delivery.DeliveryMetrics;
import com.redress.notification.delivery.DeliveryProperties;
import com.redress.notification.planning.PlanningProperties;
import com.redress.notification.planning.PlanningSettings;
import com.redress.notification.rules.NotificationPlanner;
import com.redress.notification.rules.NotificationRules;
import com.redress.notification.rules.NotificationRulesLoader;
import com.redress.notification.rules.NotificationRulesProperties;
import com.redress.notification.staff.StaffDirectory;
import com.redress.notification.staff.StaffDirectoryProperties;
import com.redress.notification.survey.SurveyProperties;
import com.redress.notification.template.TemplateProperties;
import com.redress.notification.template.TemplateRenderer;

/**
 * Wires what planning and sending share: the clock, the rules (read from their file at start-up; a bad file stops the
 * service), templates, the staff directory and metrics.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({NotificationRulesProperties.class, TemplateProperties.class,
        StaffDirectoryProperties.class, DeliveryProperties.class, SurveyProperties.class})
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    NotificationRules notificationRules(NotificationRulesProperties properties, Environment environment) {
        Resource file = properties.location();
        NotificationRules rules = NotificationRulesLoader.load(file.getDescription(), open(file),
                environment::resolveRequiredPlaceholders);
        log.info("Notification rules read from {}: {} customer rules, {} staff rules", file.getDescription(),
                rules.customer().size(), rules.staff().size());
        return rules;
    }

    @Bean
    NotificationPlanner notificationPlanner(NotificationRules rules) {
        return new NotificationPlanner(rules);
    }

    @Bean
    TemplateRenderer templateRenderer(TemplateProperties properties) {
        return new TemplateRenderer(properties);
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
    PlanningSettings planningSettings(PlanningProperties planning, DeliveryProperties delivery,
            SurveyProperties surveys) {
        return new PlanningSettings(planning.tick(), planning.closedCaseRetention(),
                Optional.ofNullable(planning.requestsFrom()), planning.maxWaitingEvents(), planning.maxDuePerTick(),
                delivery.quietHours(), surveys.validity());
    }

    private static InputStream open(Resource file) {
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the notification rule file " + file.getDescription(), e);
        }
    }
}
