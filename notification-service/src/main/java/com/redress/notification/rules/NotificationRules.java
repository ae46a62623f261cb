package com.redress.notification.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What is sent when, as read from the rule file ({@link NotificationRulesLoader}).
 *
 * @param customer messages to the complaining customer
 * @param staff    internal messages to bank staff
 */
public record NotificationRules(List<CustomerRule> customer, List<StaffRule> staff) {

    public NotificationRules {
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
