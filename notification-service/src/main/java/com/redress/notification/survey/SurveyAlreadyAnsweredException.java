package com.redress.notification.survey;

/** The survey a token stands for has been answered already; a token works once. */
public class SurveyAlreadyAnsweredException extends RuntimeException {

    public SurveyAlreadyAnsweredException() {
        super("survey already answered");
    }
}
