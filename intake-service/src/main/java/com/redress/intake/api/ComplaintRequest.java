package com.redress.intake.api;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The JSON body of {@code POST /api/v1/complaints}: the complaint as the channel system holds it. Only channel,
 * text and either channelMessageId or an {@code Idempotency-Key} header are required.
 */
public record ComplaintRequest(
        String channel,
        String channelMessageId,
        OffsetDateTime receivedAt,
        String zone,
        String customerReference,
        String phone,
        String email,
        String appPushId,
        String preferredContactChannel,
        String language,
        String segment,
        String product,
        String amount,
        String text,
        Map<String, String> codes,
        FirstContact firstContact) {

    /** Who first took the complaint (首问负责人), for assisted channels. */
    public record FirstContact(String staffId, String unitId) {
    }

    @Override
    public String toString() {
        return "ComplaintRequest[channel=" + channel + "]";
    }
}
