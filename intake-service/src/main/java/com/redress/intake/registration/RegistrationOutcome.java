package com.redress.intake.registration;

/**
 * The answer to a submission: the case it belongs to and what became of it.
 *
 * @param caseId     the case's id
 * @param caseNumber the case's human-readable number
 * @param kind       whether the submission registered the case, repeated it, or conflicts with it
 */
public record RegistrationOutcome(String caseId, String caseNumber, Kind kind) {

    /** The rejection reason of a {@link Kind#CONFLICTING} submission, in metrics and on dead letters. */
    public static final String CONFLICTING_SUBMISSION = "conflicting_submission";

    /** What became of a submission. */
    public enum Kind {
        /** It registered a new case. */
        CREATED,
        /** It repeats the case's submission: same de-duplication key, same text; nothing was written. */
        DUPLICATE,
        /**
         * It has the de-duplication key of an existing case but another text: not the same complaint, and not
         * registered either; the case it names is the existing one.
         */
        CONFLICTING,
        /**
         * Its {@code Idempotency-Key} registered a case with another text: the client reused a key for a new request;
         * nothing was registered.
         */
        KEY_REUSED
    }

    /** A created ({@code true}) or duplicate ({@code false}) outcome. */
    public RegistrationOutcome(String caseId, String caseNumber, boolean created) {
        this(caseId, caseNumber, created ? Kind.CREATED : Kind.DUPLICATE);
    }

    /** {@code true} when this submission registered the case. */
    public boolean created() {
        return kind == Kind.CREATED;
    }

    /** {@code true} when the submission's key, message id or Idempotency-Key, is an existing case's but its text is not. */
    public boolean conflicting() {
        return kind == Kind.CONFLICTING || kind == Kind.KEY_REUSED;
    }
}
