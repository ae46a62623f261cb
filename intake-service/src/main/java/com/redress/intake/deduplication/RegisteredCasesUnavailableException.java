package com.redress.intake.deduplication;

/** The view of registered cases cannot be read yet (start-up, rebalance); the caller should retry shortly. */
public class RegisteredCasesUnavailableException extends RuntimeException {

    public RegisteredCasesUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
