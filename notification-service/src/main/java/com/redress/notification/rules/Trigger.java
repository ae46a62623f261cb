package com.redress.notification.rules;

import java.util.Locale;

import com.redress.events.intake.CaseUpdateType;
import com.redress.events.sla.SlaEventType;

/**
 * An event that may cause messages, written in the rules as {@code registered}, {@code update:<CaseUpdateType>} or
 * {@code sla:<SlaEventType>}.
 *
 * @param source what kind of event
 * @param type   the update or SLA event type; empty for a registration
 */
public record Trigger(Source source, String type) {

    /** The event family a trigger listens to. */
    public enum Source { REGISTERED, UPDATE, SLA }

    private static final String SEPARATOR = ":";
    private static final String NOTATION = "expected registered, update:<CaseUpdateType> or sla:<SlaEventType>";

    public static Trigger registered() {
        return new Trigger(Source.REGISTERED, "");
    }

    public static Trigger of(CaseUpdateType type) {
        return new Trigger(Source.UPDATE, type.name());
    }

    public static Trigger of(SlaEventType type) {
        return new Trigger(Source.SLA, type.name());
    }

    /** Parses the rules' notation, rejecting unknown event types so a typo fails at start-up, not silently. */
    public static Trigger parse(String notation) {
        String trimmed = notation.trim();
        if (trimmed.equalsIgnoreCase("registered")) {
            return registered();
        }
        int separator = trimmed.indexOf(SEPARATOR);
        if (separator < 0) {
            throw new IllegalArgumentException("Unknown trigger '" + notation + "': " + NOTATION);
        }
        String family = trimmed.substring(0, separator).toLowerCase(Locale.ROOT);
        String type = trimmed.substring(separator + 1).toUpperCase(Locale.ROOT);
        return switch (family) {
            case "update" -> of(Names.parse(CaseUpdateType.class, "case update type", type));
            case "sla" -> of(Names.parse(SlaEventType.class, "SLA event type", type));
            default -> throw new IllegalArgumentException(
                    "Unknown trigger family '" + family + "' in '" + notation + "': " + NOTATION);
        };
    }
}
