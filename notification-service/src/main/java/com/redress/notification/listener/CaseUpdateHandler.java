package com.redress.notification.listener;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.Resolution;
import com.redress.events.intake.ResolutionOutcome;
import com.redress.events.notification.MessageKind;
import com.redress.notification.cases.CaseDirectory;
import com.redress.notification.cases.CaseView;
import com.redress.notification.rules.NotificationPlanner;
import com.redress.notification.rules.PlannedMessage;
import com.redress.notification.rules.Trigger;
import com.redress.notification.survey.SurveyInvitations;
import com.redress.notification.template.ModelValues;

/** A case update: progress, result or survey as the rules say, with the update's details for the templates. */
class CaseUpdateHandler {

    private final CaseDirectory cases;
    private final NotificationPlanner planner;
    private final EventNotifier notifier;
    private final SurveyInvitations surveys;

    CaseUpdateHandler(CaseDirectory cases, NotificationPlanner planner, EventNotifier notifier,
            SurveyInvitations surveys) {
        this.cases = cases;
        this.planner = planner;
        this.notifier = notifier;
        this.surveys = surveys;
    }

    void handle(CaseUpdate update) {
        Integer knownTier = cases.find(update.getCaseId()).map(CaseView::tier).orElse(null);
        List<PlannedMessage> planned = planner.plan(Trigger.of(update.getUpdateType()), knownTier);
        if (planned.isEmpty()) {
            return;
        }
        CaseView caseView = cases.find(update.getCaseId())
                .orElseThrow(() -> new CaseNotKnownException(update.getCaseId()));
        notifier.notify(caseView, update.getEventId().toString(), planned, details(update, caseView, planned));
    }

    private Map<String, Object> details(CaseUpdate update, CaseView caseView, List<PlannedMessage> planned) {
        Map<String, Object> details = new HashMap<>();
        CaseUpdateType type = update.getUpdateType();
        details.put("acknowledged", type == CaseUpdateType.ACKNOWLEDGED);
        details.put("awaitingCustomer", type == CaseUpdateType.AWAITING_CUSTOMER);
        details.put("escalated", type == CaseUpdateType.ESCALATED);
        details.put("updatedOn", ModelValues.date(update.getOccurredAt(), caseView.zone()));
        if (update.getNote() != null) {
            details.put("note", update.getNote());
        }
        if (update.getResolution() != null) {
            details.putAll(resolutionDetails(update.getResolution()));
            details.put("resolvedOn", ModelValues.date(update.getOccurredAt(), caseView.zone()));
        }
        if (planned.stream().anyMatch(message -> message.kind() == MessageKind.SURVEY)) {
            details.putAll(surveys.linkValues(update.getCaseId(), update.getEventId().toString(),
                    update.getOccurredAt(), caseView.zone()));
        }
        return details;
    }

    private static Map<String, Object> resolutionDetails(Resolution resolution) {
        Map<String, Object> details = new HashMap<>();
        ResolutionOutcome outcome = resolution.getOutcome();
        details.put("upheld", outcome == ResolutionOutcome.UPHELD);
        details.put("partiallyUpheld", outcome == ResolutionOutcome.PARTIALLY_UPHELD);
        details.put("notUpheld", outcome == ResolutionOutcome.NOT_UPHELD);
        details.put("withdrawn", outcome == ResolutionOutcome.WITHDRAWN);
        if (resolution.getRemedy() != null) {
            details.put("remedy", resolution.getRemedy());
        }
        if (resolution.getAmountRefunded() != null) {
            details.put("amountRefunded", ModelValues.money(resolution.getAmountRefunded()));
        }
        if (resolution.getResponsibleParty() != null) {
            details.put("responsibleParty", resolution.getResponsibleParty());
        }
        details.put("nextSteps", resolution.getNextSteps());
        details.put("regulatorRecourse", resolution.getRegulatorRecourseNotified());
        return details;
    }
}
