package com.redress.notification.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import com.redress.notification.template.ModelValues;

/** Creates the invitation of a closed case and the template values for its link. */
public class SurveyInvitations {

    private static final String SURVEY_ID_PREFIX = "survey-";

    private final SurveyTokens tokens;
    private final SurveyProperties properties;
    private final Clock clock;

    public SurveyInvitations(SurveyTokens tokens, SurveyProperties properties, Clock clock) {
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether the invitation of a case closed at {@code closedAt} has already expired. */
    public boolean expired(Instant closedAt) {
        return !clock.instant().isBefore(closedAt.plus(properties.validity()));
    }

    /**
     * The link values for the invitation caused by the closing event {@code eventId}; derived from the event alone,
     * so a re-sent invitation has the same link.
     */
    public Map<String, Object> linkValues(String caseId, String eventId, Instant closedAt, ZoneId zone) {
        SurveyInvitation invitation = new SurveyInvitation(caseId, SURVEY_ID_PREFIX + eventId,
                closedAt.plus(properties.validity()));
        return Map.of(
                "surveyUrl", properties.linkTemplate().replace("{token}", tokens.sign(invitation)),
                "surveyExpiresOn", ModelValues.date(invitation.expiresAt(), zone));
    }
}
