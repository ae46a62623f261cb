package com.redress.notification.sending;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.redress.events.intake.MaskedContact;
import com.redress.events.notification.MessageKind;
import com.redress.events.notification.NotificationRequested;
import com.redress.notification.cases.CaseView;
import com.redress.notification.delivery.NotificationRequest;
import com.redress.notification.rules.PlannedMessage;
import com.redress.notification.rules.StaffRole;
import com.redress.notification.survey.SurveyInvitations;

/** Turns a request read from {@code notifications.requested} into what the dispatcher delivers, adding the survey link. */
class RequestedMessages {

    private static final MaskedContact NO_CONTACT = new MaskedContact(null, null, false);

    private final SurveyInvitations surveys;

    RequestedMessages(SurveyInvitations surveys) {
        this.surveys = surveys;
    }

    NotificationRequest of(NotificationRequested request) {
        ZoneId zone = ZoneId.of(request.getZoneId());
        CaseView caseView = new CaseView(request.getCaseId(), request.getCaseNumber(), request.getReceivedAt(), zone,
                request.getLanguage(), request.getOwnerStaffId(), request.getOwnerUnitId(),
                request.getEncryptedContact(),
                request.getMaskedContact() == null ? NO_CONTACT : request.getMaskedContact(),
                request.getPreferredChannels(), request.getTier());
        List<StaffRole> roles = request.getStaffRoles().stream().map(StaffRole::valueOf).toList();
        Map<String, Object> values = new HashMap<>();
        request.getTemplateValues().forEach((name, value) -> {
            if (value != null) {
                values.put(name, value);
            }
        });
        if (request.getMessageKind() == MessageKind.SURVEY) {
            // signed here, not carried on the topic: the link is a credential to answer
            values.putAll(surveys.linkValues(request.getCaseId(), request.getTriggeringEventId(),
                    request.getTriggeredAt(), zone));
        }
        return new NotificationRequest(caseView, request.getTriggeringEventId(),
                new PlannedMessage(request.getMessageKind(), roles), values);
    }
}
