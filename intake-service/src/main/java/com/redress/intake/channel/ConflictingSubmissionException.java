package com.redress.intake.channel;

import com.redress.intake.registration.RegistrationOutcome;

/**
 * A submission with the channel and channel message id of a registered case but another text: another complaint under
 * a key that is taken, which intake neither registers nor takes for a repeat.
 */
class ConflictingSubmissionException extends RejectedRecordException {

    ConflictingSubmissionException(String caseId) {
        super("The submission has the channel and channel message id of case " + caseId
                + ", but not its text: not registered, and not a repeat of that case");
    }

    @Override
    String reason() {
        return RegistrationOutcome.CONFLICTING_SUBMISSION;
    }
}
