package com.redress.intake.normalisation;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.redress.events.common.Money;
import com.redress.events.intake.Channel;
import com.redress.events.intake.CustomerSegment;
import com.redress.platform.privacy.ContactDetails;

/**
 * Validates a channel's submission and brings it into canonical form, listing every invalid field at once so a
 * channel system can fix them in one round.
 */
public class SubmissionNormaliser {

    static final int MAX_ID_LENGTH = 200;
    private static final List<String> CATEGORY_CODE_KEYS = List.of("categoryCode", "category", "category_code");

    private final AliasTable<Channel> channels;
    private final AliasTable<CustomerSegment> segments;
    private final MoneyParser moneyParser;
    private final NormalisationProperties properties;
    private final Clock clock;

    public SubmissionNormaliser(NormalisationProperties properties, Clock clock) {
        this.channels = AliasTable.load(Channel.class, "intake/channel-aliases.txt");
        this.segments = AliasTable.load(CustomerSegment.class, "intake/segment-aliases.txt");
        this.moneyParser = new MoneyParser(properties.defaultCurrency());
        this.properties = properties;
        this.clock = clock;
    }

    /** The channel {@code name} stands for, if it is a known alias. */
    public Optional<Channel> resolveChannel(String name) {
        return channels.resolve(name).filter(channel -> channel != Channel.UNKNOWN);
    }

    /**
     * The submission in canonical form.
     *
     * @throws InvalidSubmissionException listing every invalid field
     */
    public NormalisedComplaint normalise(Submission submission) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<Channel> channel = channel(submission.channel(), violations);
        String channelMessageId = channelMessageId(submission, violations);
        String text = text(submission.text(), violations);
        ZoneId zone = zone(submission.receivedZoneId(), violations);
        Instant receivedAt = receivedAt(submission.receivedAt(), violations);
        String region = PhoneNumbers.regionOf(zone);
        String phone = optional(submission.phone(), "phone", "invalid_phone",
                "not a valid phone number for region " + region, violations,
                written -> PhoneNumbers.toE164(written, region));
        String email = optional(submission.email(), "email", "invalid_email", "not a valid e-mail address",
                violations, EmailAddresses::normalise);
        moneyParser.rangeViolation(submission.amountAsWritten()).ifPresent(reason ->
                violations.add(new FieldViolation("amount", "invalid_amount", reason)));
        String source = UnicodeText.normaliseToNull(submission.source());
        if (source == null) {
            violations.add(new FieldViolation("source", "missing_source", "the channel system must identify itself"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidSubmissionException(violations);
        }
        ContactDetails contact = new ContactDetails(phone, email, UnicodeText.normaliseToNull(submission.appPushId()));
        Money amount = moneyParser.parse(submission.amountAsWritten()).orElse(null);
        return new NormalisedComplaint(
                source,
                channel.orElseThrow(),
                channelMessageId,
                receivedAt,
                zone,
                UnicodeText.normaliseToNull(submission.customerReference()),
                contact,
                NotificationPreferences.order(submission.preferredContactChannel(), contact),
                LanguageDetector.detect(submission.preferredLanguage(), text),
                segments.resolve(submission.customerSegment()).orElse(CustomerSegment.UNKNOWN),
                UnicodeText.normaliseToNull(submission.product()),
                amount,
                text,
                categoryCode(submission),
                UnicodeText.normaliseToNull(submission.firstContactStaffId()),
                UnicodeText.normaliseToNull(submission.firstContactUnitId()));
    }

    private Optional<Channel> channel(String written, List<FieldViolation> violations) {
        if (UnicodeText.normaliseToNull(written) == null) {
            violations.add(new FieldViolation("channel", "missing_channel", "the channel is required"));
            return Optional.empty();
        }
        Optional<Channel> channel = resolveChannel(written);
        if (channel.isEmpty()) {
            violations.add(new FieldViolation("channel", "unknown_channel",
                    "not a known channel or channel alias; see the intake documentation for the list"));
        }
        return channel;
    }

    private static String channelMessageId(Submission submission, List<FieldViolation> violations) {
        String id = UnicodeText.normaliseToNull(submission.channelMessageId());
        if (id == null) {
            id = UnicodeText.normaliseToNull(submission.idempotencyKey());
        }
        if (id == null) {
            violations.add(new FieldViolation("channelMessageId", "missing_channel_message_id",
                    "a channel message id or an Idempotency-Key is required to register a complaint once only"));
        } else if (id.length() > MAX_ID_LENGTH) {
            violations.add(new FieldViolation("channelMessageId", "channel_message_id_too_long",
                    "at most " + MAX_ID_LENGTH + " characters"));
        }
        return id;
    }

    private String text(String written, List<FieldViolation> violations) {
        String text = UnicodeText.normaliseToNull(written);
        if (text == null) {
            violations.add(new FieldViolation("text", "missing_text", "the complaint text is required"));
        } else if (text.length() > properties.maxTextLength()) {
            violations.add(new FieldViolation("text", "text_too_long",
                    "at most " + properties.maxTextLength() + " characters"));
        }
        return text;
    }

    private ZoneId zone(String written, List<FieldViolation> violations) {
        String id = UnicodeText.normaliseToNull(written);
        if (id == null) {
            return properties.defaultZone();
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            violations.add(new FieldViolation("receivedZoneId", "invalid_zone",
                    "not an IANA time zone id such as Asia/Shanghai"));
            return properties.defaultZone();
        }
    }

    private Instant receivedAt(Instant written, List<FieldViolation> violations) {
        Instant now = clock.instant();
        if (written == null) {
            return now;
        }
        if (written.isAfter(now.plus(properties.allowedClockSkew()))) {
            violations.add(new FieldViolation("receivedAt", "received_in_future",
                    "the receipt time lies in the future"));
        } else if (written.isBefore(now.atOffset(ZoneOffset.UTC).minus(properties.maxReceivedAge()).toInstant())) {
            violations.add(new FieldViolation("receivedAt", "received_too_long_ago",
                    "the receipt time lies more than " + properties.maxReceivedAge() + " in the past"));
        }
        return written;
    }

    private static String optional(String written, String field, String code, String message,
            List<FieldViolation> violations, Function<String, Optional<String>> parser) {
        if (UnicodeText.normaliseToNull(written) == null) {
            return null;
        }
        Optional<String> parsed = parser.apply(written);
        if (parsed.isEmpty()) {
            violations.add(new FieldViolation(field, code, message));
        }
        return parsed.orElse(null);
    }

    private static String categoryCode(Submission submission) {
        return CATEGORY_CODE_KEYS.stream()
                .map(submission.channelCodes()::get)
                .map(UnicodeText::normaliseToNull)
                .filter(code -> code != null)
                .findFirst()
                .orElse(null);
    }
}
