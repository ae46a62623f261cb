package com.redress.intake.normalisation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;

import com.redress.events.common.Money;
import com.redress.events.common.NotificationChannel;
import com.redress.events.intake.Channel;
import com.redress.events.intake.CustomerSegment;
import com.redress.platform.privacy.ContactDetails;

/**
 * A valid submission in canonical form: channel and segment as enums, contact details normalised, the amount parsed,
 * times in UTC with the zone kept. The text is normalised but not yet redacted, and the identifiers are as sent until
 * {@link #withIdentifiers} replaces them by their publishable form. Personal data: never logged.
 */
public record NormalisedComplaint(
        String source,
        Channel channel,
        Identifiers identifiers,
        Instant receivedAt,
        ZoneId receivedZone,
        String customerReference,
        ContactDetails contact,
        List<NotificationChannel> preferredNotificationChannels,
        String language,
        CustomerSegment segment,
        String product,
        Money amountAtStake,
        String text) {

    public NormalisedComplaint {
        preferredNotificationChannels = List.copyOf(preferredNotificationChannels);
    }

    /** This complaint with other identifiers. */
    public NormalisedComplaint withIdentifiers(Identifiers replacement) {
        return new NormalisedComplaint(source, channel, replacement, receivedAt, receivedZone, customerReference,
                contact, preferredNotificationChannels, language, segment, product, amountAtStake, text);
    }

    /** This complaint as sent by {@code replacement}, e.g. the source in publishable form. */
    public NormalisedComplaint withSource(String replacement) {
        return new NormalisedComplaint(replacement, channel, identifiers, receivedAt, receivedZone, customerReference,
                contact, preferredNotificationChannels, language, segment, product, amountAtStake, text);
    }

    @Override
    public String toString() {
        return "NormalisedComplaint[channel=" + channel + "]";
    }

    /**
     * The identifiers a submission carries, each syntax-checked ({@link FieldRules#IDENTIFIER_SYNTAX}); any may be
     * {@code null}, but not both the message id and the idempotency key.
     *
     * @param channelMessageId    the channel's id of the message; {@code null} when the client sent only an
     *                            {@code Idempotency-Key}
     * @param idempotencyKey      the client's {@code Idempotency-Key}
     * @param channelCategoryCode the category code the channel assigned
     * @param firstContactStaffId staff id of who took the complaint
     * @param firstContactUnitId  branch or unit that took it
     */
    public record Identifiers(String channelMessageId, String idempotencyKey, String channelCategoryCode,
            String firstContactStaffId, String firstContactUnitId) {

        /**
         * These identifiers with every one a registration publishes passed through {@code published} and the
         * idempotency key, which is only ever used to recognise a repeat, through {@code key}; {@code null} stays
         * {@code null}.
         */
        public Identifiers map(UnaryOperator<String> published, UnaryOperator<String> key) {
            return new Identifiers(applied(published, channelMessageId), applied(key, idempotencyKey),
                    applied(published, channelCategoryCode), applied(published, firstContactStaffId),
                    applied(published, firstContactUnitId));
        }

        /** The registration's channel message id: the channel's message id, or the idempotency key without one. */
        public String messageIdOrKey() {
            return channelMessageId != null ? channelMessageId : idempotencyKey;
        }

        private static String applied(UnaryOperator<String> function, String value) {
            return value == null ? null : function.apply(value);
        }

        @Override
        public String toString() {
            return "Identifiers[messageId=" + (channelMessageId != null) + ", key=" + (idempotencyKey != null) + "]";
        }
    }
}
