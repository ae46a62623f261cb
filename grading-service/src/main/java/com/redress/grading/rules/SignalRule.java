package com.redress.grading.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Phrases or patterns in the complaint text (or a handler's note) that signal severity, such as a threat of media exposure or a
 * regulator's name: when one is found the case is raised to at least {@code tier} and, when set, handled at least
 * at {@code priority} within its tier.
 *
 * @param tier     the tier the case is raised to at least, 1-4; {@code null} when the rule shapes priority only
 * @param priority the priority the case is raised to at least; {@code null} when the rule shapes the tier only
 */
public record SignalRule(String id, String description, Integer tier, Integer priority, List<String> phrases,
        List<Pattern> patterns) {

    public SignalRule {
        phrases = List.copyOf(phrases);
        patterns = List.copyOf(patterns);
    }
}
