package com.redress.notification.delivery;

/**
 * A message could not be delivered on any channel after its retries; its request goes to the dead-letter topic at
 * once, from where it can be replayed once the cause is fixed.
 */
public class DeliveryFailedException extends RuntimeException {

    public DeliveryFailedException(String message) {
        super(message);
    }
}
