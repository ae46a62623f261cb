package com.redress.grading.rules;

import com.redress.events.intake.CaseUpdateType;

/** A case update of kind {@code on} (e.g. an escalation) raises the case to at least tier {@code tier}. */
public record UpdateRule(String id, String description, CaseUpdateType on, int tier) {
}
