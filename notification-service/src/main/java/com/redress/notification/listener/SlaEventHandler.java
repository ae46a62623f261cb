package com.redress.notification.listener;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.redress.events.sla.SlaEvent;
import com.redress.events.sla.SlaEventType;
import com.redress.notification.cases.CaseView;
import com.redress.notification.rules.NotificationPlanner;
import com.redress.notification.rules.PlannedMessage;
import com.redress.notification.rules.Trigger;
import com.redress.notification.template.ModelValues;

/** An SLA clock event: internal escalation mail on warnings and breaches, as the rules say. */
class SlaEventHandler {

    private static final int PERCENT = 100;

    private final KnownCases cases;
    private final NotificationPlanner planner;
    private final EventNotifier notifier;

    SlaEventHandler(KnownCases cases, NotificationPlanner planner, EventNotifier notifier) {
        this.cases = cases;
        this.planner = planner;
        this.notifier = notifier;
    }

    void handle(SlaEvent event) {
        // the SLA event carries the tier its deadline was computed for, the freshest tier there is
        List<PlannedMessage> planned = planner.plan(Trigger.of(event.getType()), event.getTier());
        if (planned.isEmpty()) {
            return;
        }
        CaseView caseView = cases.require(event.getCaseId());
        notifier.notify(caseView, event.getEventId().toString(), planned, details(event, caseView));
    }

    private static Map<String, Object> details(SlaEvent event, CaseView caseView) {
        Map<String, Object> details = new HashMap<>();
        details.put("tier", event.getTier());
        details.put("clockKind", event.getClockKind().name());
        details.put("targetDescription", event.getTargetDescription());
        details.put("deadline", ModelValues.dateTime(event.getDeadline(), caseView.zone()));
        details.put("warning", event.getType() == SlaEventType.WARNING);
        details.put("breached", event.getType() == SlaEventType.BREACHED);
        if (event.getWarningFraction() != null) {
            details.put("warningPercent", Math.round(event.getWarningFraction() * PERCENT));
        }
        if (event.getEscalationTarget() != null) {
            details.put("escalationTarget", event.getEscalationTarget());
        }
        return details;
    }
}
