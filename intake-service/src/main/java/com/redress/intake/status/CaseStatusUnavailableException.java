package com.redress.intake.status;

/** The status view cannot be read yet (start-up); the caller should retry shortly. */
public class CaseStatusUnavailableException extends RuntimeException {

    public CaseStatusUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
