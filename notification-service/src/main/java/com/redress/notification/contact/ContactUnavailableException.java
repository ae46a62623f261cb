package com.redress.notification.contact;

/** The customer's contact details cannot be read; the message must be reported failed, not retried. */
public class ContactUnavailableException extends RuntimeException {

    public ContactUnavailableException(String reason) {
        super(reason);
    }

    public ContactUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
