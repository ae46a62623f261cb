package com.redress.notification.delivery;

import java.util.Map;

import com.redress.notification.cases.CaseView;
import com.redress.notification.rules.PlannedMessage;

/**
 * A message the rules called for, with everything needed to address and render it.
 *
 * @param caseView the case
 * @param eventId  the event that caused it, part of the delivery key
 * @param planned  the kind and audience
 * @param details  template values specific to the event (notes, decision, deadline, survey link)
 */
public record NotificationRequest(CaseView caseView, String eventId, PlannedMessage planned,
        Map<String, Object> details) {

    public NotificationRequest {
        details = Map.copyOf(details);
    }
}
