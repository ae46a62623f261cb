package com.redress.notification.listener;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.Resolution;
import com.redress.events.intake.ResolutionOutcome;
import com.redress.events.notification.MessageKind;
import com.redress.notification.cases.CaseView;
import com.redress.notification.rules.PlannedMessage;
import com.redress.notification.survey.SurveyInvitations;
import com.redress.notification.template.ModelValues;

/** The template values a case update gives its messages: the step, note, decision and survey link. */
class UpdateTemplateValues {

    private final SurveyInvitations surveys;

    UpdateTemplateValues(SurveyInvitations surveys) {
        this.surveys = surveys;
    }

    Map<String, Object> of(CaseUpdate update, CaseView caseView, List<PlannedMessage> planned) {
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
