package com.redress.intake.normalisation;

import java.util.List;
import java.util.stream.Collectors;

/** A submission that cannot be registered as it stands; the message lists every violation and no submitted value. */
public class InvalidSubmissionException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidSubmissionException(List<FieldViolation> violations) {
        super("Invalid submission: " + violations.stream().map(FieldViolation::toString)
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** The code of the first violation: the metric's {@code reason} tag. */
    public String primaryReason() {
        return violations.get(0).code();
    }
}
