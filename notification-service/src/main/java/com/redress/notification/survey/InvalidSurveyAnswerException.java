package com.redress.notification.survey;

/** A survey answer is out of range or empty. */
public class InvalidSurveyAnswerException extends RuntimeException {

    public InvalidSurveyAnswerException(String problem) {
        super(problem);
    }
}
