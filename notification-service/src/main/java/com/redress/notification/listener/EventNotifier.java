package com.redress.notification.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.redress.notification.cases.CaseView;
import com.redress.notification.delivery.ChannelsUnavailableException;
import com.redress.notification.delivery.DeliveryFailedException;
import com.redress.notification.delivery.NotificationDispatcher;
import com.redress.notification.delivery.NotificationRequest;
import com.redress.notification.rules.PlannedMessage;

/**
 * Dispatches every message an event calls for; one failed message does not keep the others from being sent. When a
 * channel was unreachable the event is to be read again later; otherwise a refused message dead-letters it.
 */
class EventNotifier {

    private final NotificationDispatcher dispatcher;

    EventNotifier(NotificationDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    void notify(CaseView caseView, String eventId, List<PlannedMessage> planned, Map<String, Object> details) {
        List<String> failures = new ArrayList<>();
        boolean waitForChannels = false;
        for (PlannedMessage message : planned) {
            try {
                dispatcher.dispatch(new NotificationRequest(caseView, eventId, message, details));
            } catch (ChannelsUnavailableException e) {
                failures.add(e.getMessage());
                waitForChannels = true;
            } catch (DeliveryFailedException e) {
                failures.add(e.getMessage());
            }
        }
        if (waitForChannels) {
            // read the event again later: what was sent now is suppressed then, the rest is tried again
            throw new ChannelsUnavailableException(String.join("; ", failures));
        }
        if (!failures.isEmpty()) {
            throw new DeliveryFailedException(String.join("; ", failures));
        }
    }
}
