package com.redress.intake.privacy;

import com.redress.intake.normalisation.NormalisedComplaint;
import com.redress.intake.normalisation.PhoneNumbers;

/**
 * Keeps personal data out of the identifiers intake publishes and of the case and event ids it derives from them,
 * with keyed pseudonyms (HMAC-SHA256 under the deployment's pseudonym key, the customer pseudonym's key):
 * <ul>
 *   <li>an {@code Idempotency-Key} is always replaced before any use: it serves only to recognise a repeat, which its
 *       pseudonym does as well, and clients put anything in it, e-mail addresses included;</li>
 *   <li>a published identifier of a complaint (channel message id, first-contact staff and unit id, category code,
 *       the source that submitted it) is replaced when {@link PersonalDataDetector} finds personal data in it. Refusing it instead would lose an
 *       honest complaint: numeric message ids pass a card's Luhn check one time in ten by chance, and a Kafka
 *       submission has nobody to correct it.</li>
 * </ul>
 * Pseudonyms are deterministic, so a repeat through either door still meets its case.
 */
public class IdentifierPseudonymiser {

    /** Prefix of a published identifier replaced because it carried personal data. */
    public static final String IDENTIFIER_PREFIX = "pid_";
    /** Prefix of a pseudonymised {@code Idempotency-Key}. */
    public static final String IDEMPOTENCY_KEY_PREFIX = "idk_";

    private final PseudonymKey key;

    public IdentifierPseudonymiser(PrivacyProperties properties) {
        this.key = new PseudonymKey(properties);
    }

    /** {@code complaint} with its identifiers in publishable form (see the class comment). */
    public NormalisedComplaint protect(NormalisedComplaint complaint) {
        String region = PhoneNumbers.regionOf(complaint.receivedZone());
        // the source is published as the case's submitter: a Kafka channel names itself, in whatever words
        return complaint.withIdentifiers(complaint.identifiers().map(
                identifier -> publishable(identifier, region),
                idempotencyKey -> idempotencyKey("channel-system:" + complaint.source(), idempotencyKey)))
                .withSource(publishable(complaint.source(), region));
    }

    /** {@code identifier} as is, or its pseudonym when it carries personal data. */
    public String publishable(String identifier, String region) {
        return PersonalDataDetector.findIn(identifier, region).isPresent()
                ? IDENTIFIER_PREFIX + key.hex("identifier:" + identifier)
                : identifier;
    }

    /** The pseudonym of a client's {@code Idempotency-Key} within {@code scope} (who sent it, or for what). */
    public String idempotencyKey(String scope, String idempotencyKey) {
        return IDEMPOTENCY_KEY_PREFIX + key.hex("idempotency-key:" + scope + ":" + idempotencyKey);
    }
}
