package com.redress.grading.rules;

import com.redress.events.grading.Category;

/** A complaint whose primary category is {@code category} is at least tier {@code tier}. */
public record CategoryTierRule(String id, String description, Category category, int tier) {
}
