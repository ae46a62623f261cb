package com.redress.notification.listener;

import java.util.Map;

import com.redress.events.intake.ComplaintRegistered;
import com.redress.notification.cases.CaseDirectory;
import com.redress.notification.cases.CaseView;
import com.redress.notification.rules.NotificationPlanner;
import com.redress.notification.rules.Trigger;

/** A registration: remember the case, then send what the rules call for (the acknowledgement). */
class RegisteredHandler {

    private final CaseDirectory cases;
    private final NotificationPlanner planner;
    private final EventNotifier notifier;

    RegisteredHandler(CaseDirectory cases, NotificationPlanner planner, EventNotifier notifier) {
        this.cases = cases;
        this.planner = planner;
        this.notifier = notifier;
    }

    void handle(ComplaintRegistered registered) {
        cases.register(registered);
        CaseView caseView = cases.find(registered.getCaseId()).orElseThrow();
        notifier.notify(caseView, registered.getEventId().toString(),
                planner.plan(Trigger.registered(), caseView.tier()), Map.of());
    }
}
