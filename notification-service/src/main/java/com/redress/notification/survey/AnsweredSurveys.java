package com.redress.notification.survey;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The survey ids already answered, as read back from {@code surveys.responses} and recorded on each answer. */
public class AnsweredSurveys {

    private final Set<String> answered = ConcurrentHashMap.newKeySet();

    /** Marks {@code surveyId} answered; false when it already was. */
    public boolean markAnswered(String surveyId) {
        return answered.add(surveyId);
    }

    public void forget(String surveyId) {
        answered.remove(surveyId);
    }
}
