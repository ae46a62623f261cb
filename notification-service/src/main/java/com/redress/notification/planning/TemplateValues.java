package com.redress.notification.planning;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.ResolutionOutcome;
import com.redress.events.sla.SlaEventType;
import com.redress.notification.planning.CaseEvent.ResolutionFacts;
import com.redress.notification.planning.CaseEvent.SlaFacts;
import com.redress.notification.planning.CaseEvent.UpdateFacts;
import com.redress.notification.template.ModelValues;

/** The template values an update or SLA event gives its messages, formatted for the case's zone. */
final class TemplateValues {

    private static final int PERCENT = 100;

    private TemplateValues() {
    }

    static Map<String, Object> of(UpdateFacts update, Instant occurredAt, ZoneId zone) {
        Map<String, Object> values = new HashMap<>();
        CaseUpdateType type = update.updateType();
        values.put("acknowledged", type == CaseUpdateType.ACKNOWLEDGED);
        values.put("awaitingCustomer", type == CaseUpdateType.AWAITING_CUSTOMER);
        values.put("escalated", type == CaseUpdateType.ESCALATED);
        values.put("updatedOn", ModelValues.date(occurredAt, zone));
        putIfPresent(values, "note", update.note());
        if (update.resolution() != null) {
            values.putAll(of(update.resolution()));
            values.put("resolvedOn", ModelValues.date(occurredAt, zone));
        }
        return values;
    }

    static Map<String, Object> of(SlaFacts sla, int tier, ZoneId zone) {
        Map<String, Object> values = new HashMap<>();
        values.put("tier", (long) tier);
        values.put("clockKind", sla.clockKind().name());
        values.put("targetDescription", sla.targetDescription());
        values.put("deadline", ModelValues.dateTime(sla.deadline(), zone));
        values.put("warning", sla.type() == SlaEventType.WARNING);
        values.put("breached", sla.type() == SlaEventType.BREACHED);
        if (sla.warningFraction() != null) {
            values.put("warningPercent", Math.round(sla.warningFraction() * PERCENT));
        }
        putIfPresent(values, "escalationTarget", sla.escalationTarget());
        return values;
    }

    private static Map<String, Object> of(ResolutionFacts resolution) {
        Map<String, Object> values = new HashMap<>();
        ResolutionOutcome outcome = resolution.outcome();
        values.put("upheld", outcome == ResolutionOutcome.UPHELD);
        values.put("partiallyUpheld", outcome == ResolutionOutcome.PARTIALLY_UPHELD);
        values.put("notUpheld", outcome == ResolutionOutcome.NOT_UPHELD);
        values.put("withdrawn", outcome == ResolutionOutcome.WITHDRAWN);
        putIfPresent(values, "remedy", resolution.remedy());
        putIfPresent(values, "amountRefunded", resolution.amountRefunded());
        putIfPresent(values, "responsibleParty", resolution.responsibleParty());
        values.put("nextSteps", resolution.nextSteps());
        values.put("regulatorRecourse", resolution.regulatorRecourseNotified());
        return values;
    }

    private static void putIfPresent(Map<String, Object> values, String name, Object value) {
        if (value != null) {
            values.put(name, value);
        }
    }
}
