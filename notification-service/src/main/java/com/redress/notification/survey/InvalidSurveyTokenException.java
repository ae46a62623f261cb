package com.redress.notification.survey;

/** A survey token is forged, malformed or expired. */
public class InvalidSurveyTokenException extends RuntimeException {

    public InvalidSurveyTokenException(String reason) {
        super(reason);
    }
}
