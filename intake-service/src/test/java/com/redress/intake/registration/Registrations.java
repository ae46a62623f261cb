package com.redress.intake.registration;

import java.time.Instant;

import com.redress.events.fixtures.EventFixtures;
import com.redress.events.intake.Channel;
import com.redress.events.intake.ComplaintRegistered;

/** Test data: a registration as intake writes it, under a case number of intake's format. */
public final class Registrations {

    public static final String CASE_NUMBER = "CMP-20261124-7K3M-9QX2-ABCD";
    /** The channel system that submitted the sample case. */
    public static final String SUBMITTED_BY = "wechat-service-account";

    private Registrations() {
    }

    public static ComplaintRegistered sample(String caseId) {
        return EventFixtures.registered(caseId)
                .receivedAt(Instant.parse("2026-11-24T01:15:00Z"))
                .caseNumber(CASE_NUMBER)
                .channel(Channel.WECHAT)
                .channelMessageId("wx-1")
                .submittedBy(SUBMITTED_BY)
                .build();
    }
}
