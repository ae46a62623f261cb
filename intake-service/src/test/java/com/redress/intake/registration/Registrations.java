package com.redress.intake.registration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.redress.events.intake.Channel;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.intake.Customer;
import com.redress.events.intake.CustomerSegment;
import com.redress.events.intake.FirstContactOwner;
import com.redress.events.intake.MaskedContact;

/** Test data: a registration as intake writes it. */
public final class Registrations {

    /** The channel system that submitted the sample case. */
    public static final String SUBMITTED_BY = "wechat-service-account";

    private Registrations() {
    }

    public static ComplaintRegistered sample(String caseId) {
        return ComplaintRegistered.newBuilder()
                .setEventId(UUID.randomUUID())
                .setCaseId(caseId)
                .setOccurredAt(Instant.parse("2026-11-24T01:15:01Z"))
                .setSource("intake-service")
                .setCaseNumber("CMP-20261124-7K3M-9QX2-ABCD")
                .setChannel(Channel.WECHAT)
                .setChannelMessageId("wx-1")
                .setReceivedAt(Instant.parse("2026-11-24T01:15:00Z"))
                .setReceivedZoneId("Asia/Shanghai")
                .setFirstContactOwner(new FirstContactOwner(null, null))
                .setCustomer(Customer.newBuilder().setPseudonymousId("cus_1").setSegment(CustomerSegment.ORDINARY)
                        .setLanguage("zh-CN").setMaskedContact(new MaskedContact(null, null, false))
                        .setPreferredNotificationChannels(List.of()).build())
                .setRedactedText("投诉")
                .setSubmittedBy(SUBMITTED_BY)
                .build();
    }
}
