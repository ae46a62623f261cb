package com.redress.notification.survey;

import java.net.URI;

import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.redress.events.survey.SurveyResponse;

/**
 * {@code POST /api/v1/surveys/{token}}: a customer's answer to a satisfaction survey; and
 * {@code GET /api/v1/surveys/{token}/state}, whether it was answered, for the instance that took an answer to ask the
 * one holding the case.
 */
@RestController
@RequestMapping("/api/v1/surveys")
class SurveyController {

    /** Another instance's question whether a survey whose case this instance holds was answered. */
    static final String SURVEY_STATE = "/api/v1/surveys/{token}/state";

    private final SurveyRecorder recorder;

    SurveyController(SurveyRecorder recorder) {
        this.recorder = recorder;
    }

    @PostMapping("/{token}")
    ResponseEntity<SurveyReceipt> answer(@PathVariable String token, @RequestBody SurveyAnswer answer) {
        SurveyResponse response = recorder.record(token, answer);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new SurveyReceipt(response.getSurveyId()));
    }

    @GetMapping("/{token}/state")
    SurveyAnswerCheck.SurveyState state(@PathVariable String token) {
        return new SurveyAnswerCheck.SurveyState(recorder.answeredHere(token));
    }

    @ExceptionHandler(InvalidStateStoreException.class)
    ResponseEntity<ProblemDetail> storesMoving(InvalidStateStoreException e) {
        // the partition of the case is being restored or moved to another instance: a retry soon will be answered
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Try again shortly",
                        "Survey answers cannot be checked while the service rebalances"));
    }

    @ExceptionHandler(InvalidSurveyTokenException.class)
    ProblemDetail invalidToken(InvalidSurveyTokenException e) {
        return problem(HttpStatus.NOT_FOUND, "Survey link not valid", e.getMessage());
    }

    @ExceptionHandler(SurveyAlreadyAnsweredException.class)
    ProblemDetail alreadyAnswered(SurveyAlreadyAnsweredException e) {
        return problem(HttpStatus.CONFLICT, "Survey already answered", e.getMessage());
    }

    @ExceptionHandler(InvalidSurveyAnswerException.class)
    ProblemDetail badAnswer(InvalidSurveyAnswerException e) {
        return problem(HttpStatus.BAD_REQUEST, "Answer not valid", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    /** @param surveyId the survey the answer was recorded for */
    record SurveyReceipt(String surveyId) {
    }
}
