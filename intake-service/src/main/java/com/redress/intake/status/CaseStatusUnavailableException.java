package com.redress.intake.status;

/** The case view cannot answer for the case now (start-up, or its partitions are moving); retry shortly. */
public class CaseStatusUnavailableException extends RuntimeException {

    public CaseStatusUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
