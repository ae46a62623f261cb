package com.redress.e2e;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.redress.events.intake.ChannelSubmission;
import com.redress.events.intake.FirstContactOwner;
import com.redress.events.intake.SubmittedContact;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Complaints as channel systems send them: REST bodies and Kafka submissions, each with its own message id. */
final class Complaints {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** The sandbox's staff directory maps this first-contact owner to case.handler.e10023871@redress-bank.example. */
    static final String OWNER_STAFF_ID = "E10023871";
    static final String OWNER_MAILBOX = "case.handler.e10023871@redress-bank.example";
    static final String SENIOR_MANAGEMENT_MAILBOX = "senior.management@redress-bank.example";

    private Complaints() {
    }

    /** A REST body from {@code channel} for a customer reachable by e-mail at {@code email}. */
    static ObjectNode rest(String channel, String email, String language, String text) {
        ObjectNode body = JSON.createObjectNode();
        body.put("channel", channel);
        body.put("channelMessageId", "e2e-" + UUID.randomUUID());
        body.put("zone", "Asia/Shanghai");
        body.put("customerReference", "CUST-E2E-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("email", email);
        body.put("preferredContactChannel", "email");
        body.put("language", language);
        body.put("segment", "ordinary");
        body.put("text", text);
        ObjectNode owner = body.putObject("firstContact");
        owner.put("staffId", OWNER_STAFF_ID);
        owner.put("unitId", "E2E-CENTRE");
        return body;
    }

    /** A submission on {@code complaints.submitted} from {@code channel} for a customer reachable at {@code email}. */
    static ChannelSubmission kafka(String channel, String email, String language, String text) {
        Instant now = Instant.now();
        return ChannelSubmission.newBuilder()
                .setEventId(UUID.randomUUID())
                .setCaseId(null)
                .setOccurredAt(now)
                .setSource("e2e-" + channel.replace(' ', '-'))
                .setChannel(channel)
                .setChannelMessageId("e2e-" + UUID.randomUUID())
                .setReceivedAt(now)
                .setReceivedZoneId("Asia/Shanghai")
                .setCustomerReference("CUST-E2E-" + UUID.randomUUID().toString().substring(0, 8))
                .setContact(SubmittedContact.newBuilder()
                        .setPhone(null)
                        .setEmail(email)
                        .setAppPushId(null)
                        .setPreferredContactChannel("email")
                        .setPreferredLanguage(language)
                        .build())
                .setCustomerSegment("ordinary")
                .setProduct(null)
                .setAmountAsWritten(null)
                .setText(text)
                .setChannelCodes(Map.of())
                .setFirstContactOwner(FirstContactOwner.newBuilder().setStaffId(OWNER_STAFF_ID).setUnitId("E2E-CENTRE")
                        .build())
                .build();
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
