package com.redress.grading.grade;

/**
 * A case belongs to a surge incident.
 *
 * @param incidentId the incident
 * @param ruleId     the surge rule that declared it
 * @param description what the surge rule means
 * @param evidence   the count and window that crossed the threshold
 */
public record IncidentMembership(String incidentId, String ruleId, String description, String evidence) {
}
