package com.redress.grading.category;

import java.util.List;

import com.redress.events.grading.Category;
import com.redress.grading.rules.RuleHit;

/**
 * The categories of a complaint and the rules that decided them.
 *
 * @param primary   the main category
 * @param secondary further categories, strongest first, never the primary
 * @param hits      the category rules that fired, with the phrases or code that made them fire
 */
public record Classification(Category primary, List<Category> secondary, List<RuleHit> hits) {

    public Classification {
        secondary = List.copyOf(secondary);
        hits = List.copyOf(hits);
    }
}
