package com.redress.notification.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.redress.notification.cases.CaseView;
import com.redress.notification.delivery.DeliveryFailedException;
import com.redress.notification.delivery.NotificationDispatcher;
import com.redress.notification.delivery.NotificationRequest;
import com.redress.notification.rules.PlannedMessage;

/** Dispatches every message an event calls for; one failed message does not keep the others from being sent. */
class EventNotifier {

    private final NotificationDispatcher dispatcher;

    EventNotifier(NotificationDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    void notify(CaseView caseView, String eventId, List<PlannedMessage> planned, Map<String, Object> details) {
        List<String> failures = new ArrayList<>();
        for (PlannedMessage message : planned) {
            try {
                dispatcher.dispatch(new NotificationRequest(caseView, eventId, message, details));
            } catch (DeliveryFailedException e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new DeliveryFailedException(String.join("; ", failures));
        }
    }
}
