package com.redress.notification.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The surveys this instance accepted an answer to in the last moments, before the planning's store shows them: an
 * answer is published and then folded into the store of the case's partition, and until then this overlay refuses a
 * second answer posted here. Entries live for {@code overlayTime}, far longer than that fold takes.
 */
public class AnsweredSurveys {

    private final Map<String, Instant> recent = new ConcurrentHashMap<>();
    private final Duration overlayTime;
    private final Clock clock;

    public AnsweredSurveys(Duration overlayTime, Clock clock) {
        this.overlayTime = overlayTime;
        this.clock = clock;
    }

    /** Marks {@code surveyId} answered; false when this instance accepted an answer to it recently. */
    public boolean markAnswered(String surveyId) {
        Instant now = clock.instant();
        recent.values().removeIf(acceptedAt -> acceptedAt.plus(overlayTime).isBefore(now));
        return recent.putIfAbsent(surveyId, now) == null;
    }

    /** Whether this instance accepted an answer to {@code surveyId} within the overlay time. */
    public boolean contains(String surveyId) {
        Instant acceptedAt = recent.get(surveyId);
        return acceptedAt != null && !acceptedAt.plus(overlayTime).isBefore(clock.instant());
    }

    public void forget(String surveyId) {
        recent.remove(surveyId);
    }
}
