package com.redress.intake.normalisation;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A complaint exactly as a channel system sent it, by REST or Kafka, before normalisation and validation; any field
 * may be {@code null}. Personal data: never logged.
 *
 * @param source                  the channel system that sent it, e.g. wechat-service-account
 * @param channel                 the channel as the channel system names it, e.g. 微信 or 95588 hotline
 * @param channelMessageId        the channel system's id of the message
 * @param idempotencyKey          the client's {@code Idempotency-Key}, when it sent one
 * @param receivedAt              when the channel received the complaint
 * @param receivedZoneId          IANA zone where it was received
 * @param customerReference       the customer as the channel knows them
 * @param phone                   phone as given
 * @param email                   e-mail as given
 * @param appPushId               app push registration id
 * @param preferredContactChannel how the customer asked to be contacted, free text
 * @param preferredLanguage       the customer's language, free text or tag
 * @param customerSegment         the segment as the channel names it
 * @param product                 the product concerned
 * @param amountAsWritten         the amount at stake as written
 * @param text                    the complaint text, unredacted
 * @param channelCodes            the channel's own codes
 * @param firstContactStaffId     staff id of who took the complaint
 * @param firstContactUnitId      branch or unit that took the complaint
 */
public record Submission(
        String source,
        String channel,
        String channelMessageId,
        String idempotencyKey,
        Instant receivedAt,
        String receivedZoneId,
        String customerReference,
        String phone,
        String email,
        String appPushId,
        String preferredContactChannel,
        String preferredLanguage,
        String customerSegment,
        String product,
        String amountAsWritten,
        String text,
        Map<String, String> channelCodes,
        String firstContactStaffId,
        String firstContactUnitId) {

    public Submission {
        // a JSON code given as null is no code: Map.copyOf would refuse it
        channelCodes = channelCodes == null ? Map.of() : channelCodes.entrySet().stream()
                .filter(code -> code.getKey() != null && code.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public String toString() {
        return "Submission[source=" + source + ", channel=" + channel + "]";
    }
}
