package com.redress.notification.channel;

/** The provider could not take the message now (unreachable, throttled, 4xx SMTP, 5xx HTTP); try again later. */
public final class TransientSendException extends SendException {

    public TransientSendException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
