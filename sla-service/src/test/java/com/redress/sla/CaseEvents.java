package com.redress.sla;

import java.time.Instant;

import com.redress.events.fixtures.EventFixtures;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.ComplaintRegistered;

/** The SLA service's input events, with only what the clocks look at as arguments. */
public final class CaseEvents {

    private CaseEvents() {
    }

    public static ComplaintRegistered registered(String caseId, Instant receivedAt) {
        return EventFixtures.registered(caseId).receivedAt(receivedAt).build();
    }

    public static ComplaintGraded graded(String caseId, int tier, Instant at) {
        return EventFixtures.graded(caseId).tier(tier).occurredAt(at).build();
    }

    public static CaseUpdate update(String caseId, CaseUpdateType type, Instant at) {
        return EventFixtures.update(caseId, type).occurredAt(at).build();
    }

    public static CaseUpdate extension(String caseId, int workingDays, Instant at) {
        return EventFixtures.update(caseId, CaseUpdateType.EXTENSION_GRANTED).occurredAt(at).extension(workingDays)
                .build();
    }
}
