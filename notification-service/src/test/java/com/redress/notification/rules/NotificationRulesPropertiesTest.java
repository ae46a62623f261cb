package com.redress.notification.rules;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules are found through one setting, their file's location; a rule still set as a property stops start-up. */
class NotificationRulesPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(RulesPropertiesOnly.class);

    @Test
    void shouldReadTheShippedRuleFileByDefault() {
        context.run(started -> assertThat(started.getBean(NotificationRulesProperties.class).location()
                .getDescription()).isEqualTo("class path resource [notification-rules.yml]"));
    }

    @Test
    void shouldStopStartUpOnARuleStillSetAsAProperty() {
        context.withPropertyValues("redress.notification.rules.customer[0].when=registered")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .hasStackTraceContaining("redress.notification.rules.customer[0].when"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotificationRulesProperties.class)
    static class RulesPropertiesOnly {
    }
}
