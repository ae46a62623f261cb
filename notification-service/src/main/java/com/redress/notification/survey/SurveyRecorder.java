package com.redress.notification.survey;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.kafka.core.KafkaTemplate;

import com.redress.events.survey.SurveyResponse;

/**
 * Accepts one answer per survey token and publishes it to {@code surveys.responses}: a survey the planning's store of
 * the case shows answered, or that this instance accepted an answer to moments ago, is refused.
 */
public class SurveyRecorder {

    private static final long ACKNOWLEDGEMENT_SECONDS = 30;

    private final SurveyTokens tokens;
    private final AnsweredSurveys answered;
    private final SurveyAnswerCheck check;
    private final KafkaTemplate<String, Object> kafka;
    private final String topic;
    private final SurveyMetrics metrics;
    private final Clock clock;
    private final String source;

    SurveyRecorder(SurveyTokens tokens, AnsweredSurveys answered, SurveyAnswerCheck check,
            KafkaTemplate<String, Object> kafka, String topic, SurveyMetrics metrics, Clock clock, String source) {
        this.tokens = tokens;
        this.answered = answered;
        this.check = check;
        this.kafka = kafka;
        this.topic = topic;
        this.metrics = metrics;
        this.clock = clock;
        this.source = source;
    }

    /**
     * Records {@code answer} for the survey {@code token} stands for.
     *
     * @throws InvalidSurveyTokenException   when the token is forged, malformed or expired
     * @throws SurveyAlreadyAnsweredException when the survey was answered before
     * @throws InvalidSurveyAnswerException  when the answer is out of range or empty
     */
    public SurveyResponse record(String token, SurveyAnswer answer) {
        SurveyInvitation invitation = tokens.verify(token);
        String problem = answer.problem();
        if (problem != null) {
            throw new InvalidSurveyAnswerException(problem);
        }
        if (check.answered(invitation, token) || !answered.markAnswered(invitation.surveyId())) {
            throw new SurveyAlreadyAnsweredException();
        }
        SurveyResponse response = SurveyResponse.newBuilder()
                .setEventId(UUID.randomUUID())
                .setCaseId(invitation.caseId())
                .setOccurredAt(clock.instant())
                .setSource(source)
                .setSurveyId(invitation.surveyId())
                .setCsat(answer.csat())
                .setNps(answer.nps())
                .setRedactedComment(CommentRedactor.redact(answer.comment()))
                .setRespondedAt(clock.instant())
                .build();
        try {
            kafka.send(topic, invitation.caseId(), response).get(ACKNOWLEDGEMENT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answered.forget(invitation.surveyId());
            throw new IllegalStateException("interrupted while recording a survey response", e);
        } catch (ExecutionException | TimeoutException e) {
            answered.forget(invitation.surveyId());
            throw new IllegalStateException("survey response not acknowledged by the broker", e);
        }
        metrics.record(answer);
        return response;
    }

    /**
     * Whether the survey {@code token} stands for was answered, as this instance's store and recent answers show; asked
     * by other instances, since this one holds the case's partition.
     *
     * @throws InvalidSurveyTokenException when the token is forged, malformed or expired
     */
    public boolean answeredHere(String token) {
        return check.answeredHere(tokens.verify(token));
    }
}
