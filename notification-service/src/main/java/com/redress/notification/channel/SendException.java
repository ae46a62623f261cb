package com.redress.notification.channel;

/** A provider did not take a message; the message is safe to publish (no recipient, no content). */
public abstract sealed class SendException extends RuntimeException
        permits TransientSendException, PermanentSendException {

    protected SendException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** Why, without personal data, e.g. {@code SMTP 451}. */
    public String reason() {
        return getMessage();
    }
}
