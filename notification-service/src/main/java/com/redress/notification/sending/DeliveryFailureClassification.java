package com.redress.notification.sending;

import java.time.Duration;

import com.redress.notification.delivery.ChannelsUnavailableException;
import com.redress.notification.delivery.DeliveryFailedException;
import com.redress.platform.deadletter.FailureClassification;
import com.redress.platform.deadletter.FailureHandling;
import com.redress.platform.deadletter.WaitPauses;

/**
 * Classifies the senders' failures (ADR 0007): a message every channel refused is a dead letter at once (its channel
 * retries already ran, and a redelivery would only repeat them), while a message no channel could be reached for is
 * read again with a pause of 2 s doubling to 30 s for as long as the outage lasts, its partition waiting in order.
 */
class DeliveryFailureClassification implements FailureClassification {

    static final WaitPauses OUTAGE_PAUSES = new WaitPauses(Duration.ofSeconds(2), Duration.ofSeconds(30));

    @Override
    public FailureHandling handlingOf(Throwable failure) {
        if (FailureClassification.causedBy(failure, DeliveryFailedException.class)) {
            return FailureHandling.DEAD_LETTER;
        }
        if (FailureClassification.causedBy(failure, ChannelsUnavailableException.class)) {
            return FailureHandling.WAIT;
        }
        return null;
    }

    @Override
    public WaitPauses pausesOf(Throwable failure) {
        return OUTAGE_PAUSES;
    }
}
