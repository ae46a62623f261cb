package com.redress.notification.survey;

import java.util.Optional;

import org.apache.kafka.streams.state.HostInfo;
import org.springframework.web.client.RestClient;

import com.redress.notification.planning.PlanningQueries;

/**
 * Whether a survey was answered, asked of the instance whose planning store holds the case's partition: this one's
 * store, or the other instance's over its survey endpoint, with the same signed token as credential.
 */
class SurveyAnswerCheck {

    private final PlanningQueries planning;
    private final AnsweredSurveys recentlyAnswered;
    private final RestClient http;

    SurveyAnswerCheck(PlanningQueries planning, AnsweredSurveys recentlyAnswered, RestClient http) {
        this.planning = planning;
        this.recentlyAnswered = recentlyAnswered;
        this.http = http;
    }

    /** @throws org.apache.kafka.streams.errors.InvalidStateStoreException while the stores are restored or moved */
    boolean answered(SurveyInvitation invitation, String token) {
        Optional<HostInfo> owner = planning.otherOwnerOf(invitation.caseId());
        if (owner.isEmpty()) {
            return answeredHere(invitation);
        }
        SurveyState state = http.get()
                .uri("http://{host}:{port}" + SurveyController.SURVEY_STATE, owner.get().host(), owner.get().port(),
                        token)
                .retrieve()
                .body(SurveyState.class);
        return state != null && state.answered();
    }

    /** Whether this instance's store or its recent answers hold an answer to the invitation's survey. */
    boolean answeredHere(SurveyInvitation invitation) {
        return recentlyAnswered.contains(invitation.surveyId())
                || planning.answeredHere(invitation.caseId(), invitation.surveyId());
    }

    /** @param answered whether the survey has an answer */
    record SurveyState(boolean answered) {
    }
}
