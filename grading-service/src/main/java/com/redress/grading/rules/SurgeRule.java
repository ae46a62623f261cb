package com.redress.grading.rules;

import java.time.Duration;

import com.redress.events.grading.Category;

/**
 * More than {@code threshold} complaints of {@code category} received within {@code window} is a systemic incident:
 * every case in it is raised to tier 1.
 */
public record SurgeRule(String id, String description, Category category, int threshold, Duration window) {
}
