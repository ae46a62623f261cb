package com.redress.notification.listener;

import java.util.List;

import com.redress.events.intake.CaseUpdate;
import com.redress.notification.cases.CaseView;
import com.redress.notification.rules.NotificationPlanner;
import com.redress.notification.rules.PlannedMessage;
import com.redress.notification.rules.Trigger;
import com.redress.notification.survey.SurveyInvitations;

/** A case update: progress, result or survey as the rules say, with the update's details for the templates. */
class CaseUpdateHandler {

    private final KnownCases cases;
    private final NotificationPlanner planner;
    private final EventNotifier notifier;
    private final UpdateTemplateValues templateValues;

    CaseUpdateHandler(KnownCases cases, NotificationPlanner planner, EventNotifier notifier,
            SurveyInvitations surveys) {
        this.cases = cases;
        this.planner = planner;
        this.notifier = notifier;
        this.templateValues = new UpdateTemplateValues(surveys);
    }

    void handle(CaseUpdate update) {
        Integer knownTier = cases.known(update.getCaseId()).map(CaseView::tier).orElse(null);
        List<PlannedMessage> planned = planner.plan(Trigger.of(update.getUpdateType()), knownTier);
        if (planned.isEmpty()) {
            return;
        }
        CaseView caseView = cases.require(update.getCaseId());
        notifier.notify(caseView, update.getEventId().toString(), planned,
                templateValues.of(update, caseView, planned));
    }
}
