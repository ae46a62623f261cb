package com.redress.intake.api;

/**
 * A submission whose channel message id (or Idempotency-Key) is a registered case's, with another text: not the same
 * complaint, so not a duplicate, and not registered either. Answered without naming the case, which may be another
 * channel system's.
 */
class ConflictingSubmissionProblem extends RuntimeException {

    ConflictingSubmissionProblem() {
        super("The submission's key belongs to a registered case with other content");
    }
}
