package com.redress.grading;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import com.redress.events.fixtures.CaseUpdateFixture;
import com.redress.events.fixtures.EventFixtures;
import com.redress.events.fixtures.RegisteredFixture;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;

/**
 * The events grading consumes, with event ids derived from what they say, so that building one twice gives the
 * redelivery grading's duplicate checks must recognise.
 */
public final class Complaints {

    public static final Instant MONDAY_MORNING = EventFixtures.RECEIVED_AT;

    private Complaints() {
    }

    /** One customer's complaint unless {@link RegisteredFixture#customer} says otherwise. */
    public static RegisteredFixture registration(String caseId) {
        return EventFixtures.registered(caseId).eventId(derivedId("registered:" + caseId)).customer("cust-7f3a9c");
    }

    public static CaseUpdate update(String caseId, CaseUpdateType type, Instant at) {
        return updateOf(caseId, type, at).build();
    }

    public static CaseUpdate update(String caseId, CaseUpdateType type, Instant at, String note) {
        return updateOf(caseId, type, at).note(note).build();
    }

    public static CaseUpdate newLoss(String caseId, Instant at, String currency, String amount) {
        return updateOf(caseId, CaseUpdateType.NEW_LOSS_REPORTED, at).newLoss(currency, amount).build();
    }

    public static CaseUpdate tierChange(String caseId, Instant at, int requestedTier, String reason) {
        return updateOf(caseId, CaseUpdateType.TIER_CHANGE_REQUESTED, at).tierChange(requestedTier, reason).build();
    }

    private static CaseUpdateFixture updateOf(String caseId, CaseUpdateType type, Instant at) {
        return EventFixtures.update(caseId, type).occurredAt(at).eventId(derivedId(caseId + type + at));
    }

    private static UUID derivedId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
