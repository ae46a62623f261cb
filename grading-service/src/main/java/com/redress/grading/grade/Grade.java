package com.redress.grading.grade;

import java.util.List;

import com.redress.events.grading.Category;
import com.redress.events.grading.GradingReason;
import com.redress.grading.rules.RuleHit;

/**
 * The grade of a case at one moment, with every rule that fired on the way to it.
 *
 * @param previousTier the tier before this grade, {@code null} for the initial grade
 * @param repeat       the earlier cases this one repeats, or {@code null}
 * @param incidentId   the surge incident the case belongs to, or {@code null}
 */
public record Grade(
        Category primaryCategory,
        List<Category> secondaryCategories,
        int tier,
        int priority,
        Integer previousTier,
        GradingReason reason,
        List<RuleHit> hits,
        RepeatFinding repeat,
        String incidentId) {

    public Grade {
        secondaryCategories = List.copyOf(secondaryCategories);
        hits = List.copyOf(hits);
    }
}
