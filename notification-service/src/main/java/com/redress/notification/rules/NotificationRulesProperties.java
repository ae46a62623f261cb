package com.redress.notification.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the notification rules are read from ({@code redress.notification.rules.*}). No other key is accepted here,
 * so a rule still set as a Spring property, as before the rules had a file of their own, stops start-up.
 *
 * @param location the rule file, e.g. {@code classpath:notification-rules.yml} or {@code file:/etc/…}
 */
@ConfigurationProperties(prefix = "redress.notification.rules", ignoreUnknownFields = false)
public record NotificationRulesProperties(@DefaultValue("classpath:notification-rules.yml") Resource location) {
}
