package com.redress.platform.registry;

import java.util.List;

/**
 * The registry's verdict on whether a schema may become the next version of a subject.
 *
 * @param compatible whether the schema satisfies the subject's compatibility level
 * @param messages the registry's explanations of each incompatibility; empty when compatible
 */
public record CompatibilityResult(boolean compatible, List<String> messages) {

    public CompatibilityResult {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    static CompatibilityResult ofCompatible() {
        return new CompatibilityResult(true, List.of());
    }
}
