package com.redress.notification.survey;

/**
 * The body of {@code POST /api/v1/surveys/{token}}; either score may be skipped.
 *
 * @param csat    customer satisfaction, 1-5
 * @param nps     likelihood to recommend, 0-10
 * @param comment free comment; personal data is redacted before it is published
 */
public record SurveyAnswer(Integer csat, Integer nps, String comment) {

    static final int MAX_COMMENT_LENGTH = 2000;

    /** Why the answer is unacceptable, or {@code null} when it is fine. */
    String problem() {
        if (csat == null && nps == null && (comment == null || comment.isBlank())) {
            return "an answer needs a score or a comment";
        }
        if (csat != null && (csat < 1 || csat > 5)) {
            return "csat must be 1-5";
        }
        if (nps != null && (nps < 0 || nps > 10)) {
            return "nps must be 0-10";
        }
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            return "comment longer than " + MAX_COMMENT_LENGTH + " characters";
        }
        return null;
    }
}
