package com.redress.notification.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What is sent when, as data ({@code notification-rules.yml}).
 *
 * @param customer messages to the complaining customer
 * @param staff    internal messages to bank staff
 */
@ConfigurationProperties("redress.notification.rules")
public record NotificationRulesProperties(@DefaultValue List<CustomerRule> customer,
        @DefaultValue List<StaffRule> staff) {

    public NotificationRulesProperties {
        customer = List.copyOf(customer);
        staff = List.copyOf(staff);
        Set<Trigger> delayedTriggers = new HashSet<>();
        for (CustomerRule rule : customer) {
            if (rule.delayed() && !delayedTriggers.add(rule.trigger())) {
                throw new IllegalArgumentException("More than one delayed message for '" + rule.when() + "'");
            }
        }
    }
}
