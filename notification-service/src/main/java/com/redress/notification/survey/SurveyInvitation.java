package com.redress.notification.survey;

import java.time.Instant;

/**
 * What a survey token stands for.
 *
 * @param caseId    the case surveyed
 * @param surveyId  the invitation's id; one response per id
 * @param expiresAt when the token stops working
 */
public record SurveyInvitation(String caseId, String surveyId, Instant expiresAt) {
}
