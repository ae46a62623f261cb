package com.redress.grading.rules;

import java.time.Duration;

/**
 * The same customer complaining about the same primary category again within {@code window} is a repeat complaint;
 * a repeat that no other rule makes more severe than general is graded {@code tier}.
 */
public record RepeatRule(String id, String description, Duration window, int tier) {
}
