package com.redress.notification.rules;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Reads the name of an event type, message kind or role in the rules; {@code UNKNOWN} names nothing a rule can use. */
final class Names {

    private static final String UNKNOWN = "UNKNOWN";

    private Names() {
    }

    /**
     * The constant of {@code type} named {@code name}.
     *
     * @param what how the rules call a value of the type, e.g. {@code message kind}
     * @throws IllegalArgumentException naming the values allowed, when no constant has that name
     */
    static <E extends Enum<E>> E parse(Class<E> type, String what, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name) && !UNKNOWN.equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + name + "'; one of " + Arrays.stream(
                type.getEnumConstants()).map(Enum::name).filter(constant -> !UNKNOWN.equals(constant))
                .collect(Collectors.joining(", ")));
    }
}
