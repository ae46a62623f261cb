package com.redress.intake.normalisation;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.redress.events.common.Money;
import com.redress.events.intake.Channel;
import com.redress.events.intake.CustomerSegment;
import com.redress.platform.privacy.ContactDetails;

/**
 * Validates a channel's submission and brings it into canonical form, listing every invalid field at once so a
 * channel system can fix them in one round. Every string field is held to its cap ({@link FieldRules}), identifiers
 * to the identifier syntax; a field without a visible character counts as absent.
 */
public class SubmissionNormaliser {

    private static final List<String> CATEGORY_CODE_KEYS = List.of("categoryCode", "category", "category_code");
    private static final String CODES = "codes";
    // a code's name is named in violations of its value, so it is held to a name's shape: no room for a value
    private static final Pattern CODE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]*");

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
     * The submission in canonical form, its identifiers as sent (see {@link NormalisedComplaint.Identifiers}).
     *
     * @throws InvalidSubmissionException listing every invalid field
     */
    public NormalisedComplaint normalise(Submission submission) {
        // in the order of the first release's checks, so the first code (the metric's reason) stays what it was
        List<FieldViolation> violations = new ArrayList<>();
        Optional<Channel> channel = channel(submission.channel(), violations);
        String messageId = FieldRules.identifier(submission.channelMessageId(), "channelMessageId",
                FieldRules.MESSAGE_ID_MAX, "channel_message_id_too_long", violations);
        String idempotencyKey = FieldRules.identifier(submission.idempotencyKey(), FieldRules.IDEMPOTENCY_KEY,
                FieldRules.MESSAGE_ID_MAX, violations);
        requireMessageIdOrKey(messageId, idempotencyKey, violations);
        String text = FieldRules.text(submission.text(), "text", properties.maxTextLength(), "text_too_long",
                violations);
        FieldRules.require(text, "text", "missing_text", "the complaint text is required", violations);
        ZoneId zone = zone(submission.receivedZoneId(), violations);
        Instant receivedAt = receivedAt(submission.receivedAt(), violations);
        String region = PhoneNumbers.regionOf(zone);
        String phone = contact(submission.phone(), "phone", FieldRules.PHONE_MAX, "invalid_phone",
                "not a valid phone number for region " + region, violations,
                written -> PhoneNumbers.toE164(written, region));
        String email = contact(submission.email(), "email", FieldRules.EMAIL_MAX, "invalid_email",
                "not a valid e-mail address", violations, EmailAddresses::normalise);
        String amountAsWritten = FieldRules.text(submission.amountAsWritten(), "amount", FieldRules.AMOUNT_MAX,
                violations);
        moneyParser.rangeViolation(amountAsWritten).ifPresent(reason ->
                violations.add(new FieldViolation("amount", "invalid_amount", reason)));
        String source = FieldRules.text(submission.source(), "source", FieldRules.SOURCE_MAX, violations);
        FieldRules.require(source, "source", "missing_source", "the channel system must identify itself",
                violations);
        String appPushId = FieldRules.text(submission.appPushId(), "appPushId", FieldRules.APP_PUSH_ID_MAX,
                violations);
        String customerReference = FieldRules.text(submission.customerReference(), "customerReference",
                FieldRules.CUSTOMER_REFERENCE_MAX, violations);
        String preferredContactChannel = FieldRules.text(submission.preferredContactChannel(),
                "preferredContactChannel", FieldRules.NAME_MAX, violations);
        String language = FieldRules.text(submission.preferredLanguage(), "language", FieldRules.NAME_MAX,
                violations);
        String segment = FieldRules.text(submission.customerSegment(), "segment", FieldRules.NAME_MAX, violations);
        String product = FieldRules.text(submission.product(), "product", FieldRules.PRODUCT_MAX, violations);
        NormalisedComplaint.Identifiers identifiers = new NormalisedComplaint.Identifiers(messageId, idempotencyKey,
                categoryCode(submission.channelCodes(), violations),
                FieldRules.identifier(submission.firstContactStaffId(), "firstContact.staffId",
                        FieldRules.IDENTIFIER_MAX, violations),
                FieldRules.identifier(submission.firstContactUnitId(), "firstContact.unitId",
                        FieldRules.IDENTIFIER_MAX, violations));
        if (!violations.isEmpty()) {
            throw new InvalidSubmissionException(violations);
        }
        ContactDetails contact = new ContactDetails(phone, email, appPushId);
        Money amount = moneyParser.parse(amountAsWritten).orElse(null);
        return new NormalisedComplaint(
                source,
                channel.orElseThrow(),
                identifiers,
                receivedAt,
                zone,
                customerReference,
                contact,
                NotificationPreferences.order(preferredContactChannel, contact),
                LanguageDetector.detect(language, text),
                segments.resolve(segment).orElse(CustomerSegment.UNKNOWN),
                product,
                amount,
                text);
    }

    private Optional<Channel> channel(String written, List<FieldViolation> violations) {
        String name = FieldRules.text(written, "channel", FieldRules.NAME_MAX, violations);
        FieldRules.require(name, "channel", "missing_channel", "the channel is required", violations);
        if (name == null) {
            return Optional.empty();
        }
        Optional<Channel> channel = resolveChannel(name);
        if (channel.isEmpty()) {
            violations.add(new FieldViolation("channel", "unknown_channel",
                    "not a known channel or channel alias; see the intake documentation for the list"));
        }
        return channel;
    }

    private static void requireMessageIdOrKey(String messageId, String idempotencyKey,
            List<FieldViolation> violations) {
        boolean refused = violations.stream().map(FieldViolation::field)
                .anyMatch(field -> field.equals("channelMessageId") || field.equals(FieldRules.IDEMPOTENCY_KEY));
        if (messageId == null && idempotencyKey == null && !refused) {
            violations.add(new FieldViolation("channelMessageId", "missing_channel_message_id",
                    "a channel message id or an Idempotency-Key is required to register a complaint once only"));
        }
    }

    /** Checks every code, name and value; returns the category code, the only one a registration carries. */
    private static String categoryCode(Map<String, String> codes, List<FieldViolation> violations) {
        if (codes.size() > FieldRules.MAX_CODES) {
            violations.add(new FieldViolation(CODES, "too_many_codes", "at most " + FieldRules.MAX_CODES + " codes"));
            return null;
        }
        Map<String, String> valid = new HashMap<>();
        for (Map.Entry<String, String> code : codes.entrySet()) {
            String name = code.getKey();
            if (name.length() > FieldRules.IDENTIFIER_MAX || !CODE_NAME.matcher(name).matches()) {
                violations.add(new FieldViolation(CODES, FieldRules.INVALID_IDENTIFIER,
                        "a code's name is a letter, then letters, digits and - _ . only, at most "
                                + FieldRules.IDENTIFIER_MAX + " characters"));
                continue;
            }
            String value = FieldRules.identifier(code.getValue(), CODES + "." + name, FieldRules.IDENTIFIER_MAX,
                    violations);
            if (value != null) {
                valid.put(name, value);
            }
        }
        return CATEGORY_CODE_KEYS.stream().map(valid::get).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private ZoneId zone(String written, List<FieldViolation> violations) {
        String id = FieldRules.text(written, "receivedZoneId", FieldRules.NAME_MAX, violations);
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

    private static String contact(String written, String field, int cap, String code, String message,
            List<FieldViolation> violations, Function<String, Optional<String>> parser) {
        String text = FieldRules.text(written, field, cap, violations);
        if (text == null) {
            return null;
        }
        Optional<String> parsed = parser.apply(text);
        if (parsed.isEmpty()) {
            violations.add(new FieldViolation(field, code, message));
        }
        return parsed.orElse(null);
    }
}
