package com.redress.notification;

import java.time.Clock;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.redress.notification.delivery.DeliveryMetrics;
import com.redress.notification.delivery.DeliveryProperties;
import com.redress.notification.planning.PlanningProperties;
import com.redress.notification.planning.PlanningSettings;
import com.redress.notification.rules.NotificationPlanner;
import com.redress.notification.rules.NotificationRulesProperties;
import com.redress.notification.staff.StaffDirectory;
import com.redress.notification.staff.StaffDirectoryProperties;
import com.redress.notification.survey.SurveyProperties;
import com.redress.notification.template.TemplateProperties;
import com.redress.notification.template.TemplateRenderer;

/** Wires what planning and sending share: the clock, the rules, templates, the staff directory and metrics. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({NotificationRulesProperties.class, TemplateProperties.class,
        StaffDirectoryProperties.class, DeliveryProperties.class, SurveyProperties.class})
class NotificationConfiguration {

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
}
