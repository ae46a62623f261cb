package com.redress.grading.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Phrases or patterns in the complaint text (or a handler's note) that signal severity, such as a threat of media exposure or a
 * regulator's name: when one is found the case is raised to at least {@code tier} and, when set, handled at least
 * at {@code priority} within its tier. A rule with neither is a fact that only {@link CompoundRule}s weigh.
 *
 * @param tier     the tier the case is raised to at least, 1-4; {@code null} when the rule does not shape the tier
 * @param priority the priority the case is raised to at least; {@code null} when the rule does not shape priority
 */
public record SignalRule(String id, String description, Integer tier, Integer priority, List<String> phrases,
        List<Pattern> patterns) {

    public SignalRule {
        phrases = List.copyOf(phrases);
        patterns = List.copyOf(patterns);
    }

    /** Whether the rule decides nothing on its own and is only an ingredient of compound rules. */
    public boolean factOnly() {
        return tier == null && priority == null;
    }
}
