package com.redress.grading.rules;

import java.util.List;
import java.util.regex.Pattern;

import com.redress.events.grading.Category;

/**
 * Phrases and patterns in the complaint text that point to a category; each distinct phrase or pattern found adds
 * {@code weight} to the category's score.
 */
public record CategoryPhraseRule(String id, String description, Category category, int weight, List<String> phrases,
        List<Pattern> patterns) {

    public CategoryPhraseRule {
        phrases = List.copyOf(phrases);
        patterns = List.copyOf(patterns);
    }
}
