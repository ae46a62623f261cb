package com.redress.intake.updates;

/** An update names a case intake never registered. */
public class UnknownCaseException extends RuntimeException {

    public UnknownCaseException(String caseId) {
        super("No case " + caseId + " is registered");
    }
}
