package com.redress.notification.channel;

/** The provider refused the message for good (bad address, rejected content, bad credentials). */
public final class PermanentSendException extends SendException {

    public PermanentSendException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
