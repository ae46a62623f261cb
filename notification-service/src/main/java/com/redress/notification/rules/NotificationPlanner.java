package com.redress.notification.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Decides from the rules which messages an event calls for. */
public class NotificationPlanner {

    private static final int MAJOR_TIER = 1;

    private final NotificationRules rules;

    public NotificationPlanner(NotificationRules rules) {
        this.rules = rules;
    }

    /**
     * The messages {@code trigger} calls for at once on a case of {@code tier}, customer messages first.
     *
     * @param tier the case's tier, or {@code null} while it is not yet graded
     */
    public List<PlannedMessage> plan(Trigger trigger, Integer tier) {
        List<PlannedMessage> planned = new ArrayList<>();
        rules.customer().stream()
                .filter(rule -> rule.trigger().equals(trigger) && !rule.delayed())
                .forEach(rule -> planned.add(PlannedMessage.toCustomer(rule.send())));
        rules.staff().stream()
                .filter(rule -> rule.trigger().equals(trigger))
                .forEach(rule -> planned.add(new PlannedMessage(rule.send(), rolesFor(rule, tier))));
        return planned;
    }

    /** The message {@code trigger} calls for some time after the event, if any (the rules allow one per trigger). */
    public Optional<DelayedMessage> planDelayed(Trigger trigger) {
        return rules.customer().stream()
                .filter(rule -> rule.trigger().equals(trigger) && rule.delayed())
                .findFirst()
                .map(rule -> new DelayedMessage(PlannedMessage.toCustomer(rule.send()), rule.after()));
    }

    private static List<StaffRole> rolesFor(StaffRule rule, Integer tier) {
        Set<StaffRole> roles = new LinkedHashSet<>(rule.to());
        if (tier != null && tier == MAJOR_TIER) {
            roles.addAll(rule.tierOneAlso());
        }
        return List.copyOf(roles);
    }
}
