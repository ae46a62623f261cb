package com.redress.intake.normalisation;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The length caps and the identifier syntax every string field of intake's doors is held to, and the checks that
 * apply them: each check reports a {@link FieldViolation} naming the field, never its value. The complaint text's cap
 * is configured ({@code redress.intake.normalisation.max-text-length}); the others fit what the field means.
 */
public final class FieldRules {

    /** Violation code of a value longer than its field's cap. */
    public static final String TOO_LONG = "too_long";
    /** Violation code of an identifier outside {@link #IDENTIFIER_SYNTAX}. */
    public static final String INVALID_IDENTIFIER = "invalid_identifier";
    /** The header a client names a request's idempotency key in, and the field its violations name. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Channel message ids and {@code Idempotency-Key}s: room for a UUID, a URN or an e-mail Message-ID. */
    public static final int MESSAGE_ID_MAX = 200;
    /** Staff, unit and actor ids, and channel codes: names and values. */
    public static final int IDENTIFIER_MAX = 64;
    /** The channel system's own name ({@code source}), never published. */
    public static final int SOURCE_MAX = 100;
    /** The customer as the channel knows them; only its keyed pseudonym is published. */
    public static final int CUSTOMER_REFERENCE_MAX = 128;
    /** Names resolved against a list: channel, segment, language, contact preference, zone, update type, outcome. */
    public static final int NAME_MAX = 64;
    /** A phone number as written, with its spaces, dashes and extension. */
    public static final int PHONE_MAX = 64;
    /** RFC 5321's limit on a forward path, less its angle brackets. */
    public static final int EMAIL_MAX = 254;
    /** An app's push registration token (FCM, APNs, HMS tokens are a few hundred characters at most). */
    public static final int APP_PUSH_ID_MAX = 1_024;
    /** A product's name. */
    public static final int PRODUCT_MAX = 200;
    /** An amount as written, e.g. {@code HK$8,450.00}. */
    public static final int AMOUNT_MAX = 64;
    /** Codes a channel may attach to one submission. */
    public static final int MAX_CODES = 20;
    /** A case handler's note. */
    public static final int NOTE_MAX = 4_000;
    /** A remedy, the customer's next steps, the reason of an extension or a tier change. */
    public static final int DECISION_TEXT_MAX = 2_000;
    /** Who was found responsible. */
    public static final int RESPONSIBLE_PARTY_MAX = 200;

    /**
     * Printable ASCII letters and digits and {@code - _ . : / @ # + =}: enough for UUIDs, URNs, e-mail Message-IDs and
     * base64 tokens, and no room for white space, quotes, angle brackets, control, format or bidirectional characters.
     */
    public static final Pattern IDENTIFIER_SYNTAX = Pattern.compile("[A-Za-z0-9\\-_.:/@#+=]+");
    private static final String IDENTIFIER_RULE = "letters, digits and - _ . : / @ # + = only, no spaces";

    private FieldRules() {
    }

    /**
     * The text {@link UnicodeText#normaliseToNull normalised}, or {@code null} when it has no visible character;
     * {@link #TOO_LONG} when it is longer than {@code cap} characters.
     */
    public static String text(String written, String field, int cap, List<FieldViolation> violations) {
        return text(written, field, cap, TOO_LONG, violations);
    }

    /** {@link #text(String, String, int, List)} reporting a cap overrun as {@code tooLongCode}. */
    public static String text(String written, String field, int cap, String tooLongCode,
            List<FieldViolation> violations) {
        String text = UnicodeText.normaliseToNull(written);
        if (text != null && text.length() > cap) {
            violations.add(new FieldViolation(field, tooLongCode, "at most " + cap + " characters"));
            return null;
        }
        return text;
    }

    /**
     * The identifier NFKC-normalised (full-width letters and digits become ASCII) and trimmed, or {@code null} when it
     * has no visible character; {@link #TOO_LONG} over {@code cap}, {@link #INVALID_IDENTIFIER} outside
     * {@link #IDENTIFIER_SYNTAX}. Unlike text, control characters are not dropped but refused: an id changed by
     * cleaning is another id.
     */
    public static String identifier(String written, String field, int cap, List<FieldViolation> violations) {
        return identifier(written, field, cap, TOO_LONG, violations);
    }

    /** {@link #identifier(String, String, int, List)} reporting a cap overrun as {@code tooLongCode}. */
    public static String identifier(String written, String field, int cap, String tooLongCode,
            List<FieldViolation> violations) {
        if (written == null) {
            return null;
        }
        String identifier = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
        if (!UnicodeText.hasVisibleCharacter(identifier)) {
            return null;
        }
        if (identifier.length() > cap) {
            violations.add(new FieldViolation(field, tooLongCode, "at most " + cap + " characters"));
            return null;
        }
        if (!IDENTIFIER_SYNTAX.matcher(identifier).matches()) {
            violations.add(new FieldViolation(field, INVALID_IDENTIFIER, IDENTIFIER_RULE));
            return null;
        }
        return identifier;
    }

    /**
     * Reports {@code code} for a required field that is absent, unless a violation of the field is reported already:
     * a value refused as too long is not also missing.
     */
    public static void require(Object value, String field, String code, String message,
            List<FieldViolation> violations) {
        if (value == null && violations.stream().noneMatch(violation -> violation.field().equals(field))) {
            violations.add(new FieldViolation(field, code, message));
        }
    }
}
