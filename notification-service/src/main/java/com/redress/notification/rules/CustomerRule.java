package com.redress.notification.rules;

import java.time.Duration;
import java.util.Objects;

import com.redress.events.notification.MessageKind;

/**
 * One line of the customer rules: on this event, send the customer this kind of message, at once or a while later.
 *
 * @param when  the trigger in the rules' notation, see {@link Trigger#parse(String)}
 * @param send  the message kind
 * @param after how long after the event the message is due; zero or absent for at once (case updates only)
 */
public record CustomerRule(String when, MessageKind send, Duration after) {

    public CustomerRule {
        Objects.requireNonNull(send, "send");
        Trigger trigger = Trigger.parse(Objects.requireNonNull(when, "when"));
        after = after == null ? Duration.ZERO : after;
        if (after.isNegative()) {
            throw new IllegalArgumentException("Rule '" + when + "': 'after' must not be negative");
        }
        if (!after.isZero() && trigger.source() != Trigger.Source.UPDATE) {
            throw new IllegalArgumentException("Rule '" + when + "': only case updates can have a delayed message");
        }
    }

    public Trigger trigger() {
        return Trigger.parse(when);
    }

    public boolean delayed() {
        return !after.isZero();
    }
}
