package com.redress.notification.delivery;

/**
 * Every channel that could take a message failed transiently, retries included (the SMTP server or an SMS gateway is
 * down): unlike a {@link DeliveryFailedException}, the request is not dead-lettered but read again with a growing pause
 * until a channel takes it, so an outage delays messages instead of dropping them. What was sent meanwhile is not sent
 * again: the ledger suppresses it.
 */
public class ChannelsUnavailableException extends RuntimeException {

    public ChannelsUnavailableException(String message) {
        super(message);
    }
}
