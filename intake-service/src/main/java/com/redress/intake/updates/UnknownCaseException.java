package com.redress.intake.updates;

/**
 * A request names a case intake never registered. The message names no id: the id is whatever the caller put in the
 * path, a phone number or five thousand characters as likely as a case id.
 */
public class UnknownCaseException extends RuntimeException {

    public UnknownCaseException() {
        super("No such case is registered");
    }
}
