package com.redress.notification.rules;

import java.util.List;
import java.util.Objects;

import com.redress.events.notification.MessageKind;

/**
 * One line of the staff rules: on this event, send an internal message to these roles, and on a tier 1 case to
 * further roles as well.
 *
 * @param when        the trigger in the rules' notation, see {@link Trigger#parse(String)}
 * @param send        the message kind
 * @param to          roles addressed for every tier
 * @param tierOneAlso roles added when the case is tier 1 (major)
 */
public record StaffRule(String when, MessageKind send, List<StaffRole> to, List<StaffRole> tierOneAlso) {

    public StaffRule {
        Objects.requireNonNull(send, "send");
        Trigger.parse(Objects.requireNonNull(when, "when"));
        to = List.copyOf(to == null ? List.of() : to);
        tierOneAlso = List.copyOf(tierOneAlso == null ? List.of() : tierOneAlso);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("Staff rule '" + when + "' names no recipients in 'to'");
        }
    }

    public Trigger trigger() {
        return Trigger.parse(when);
    }
}
