package com.redress.notification.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks survey tokens: {@code base64url(caseId \n surveyId \n expiry) . base64url(HMAC-SHA256)}. The same
 * invitation always yields the same token, so a re-sent invitation carries the same link.
 */
public class SurveyTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String FIELD_SEPARATOR = "\n";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;

    public SurveyTokens(byte[] signingKey, Clock clock) {
        this.key = new SecretKeySpec(signingKey, ALGORITHM);
        this.clock = clock;
    }

    public String sign(SurveyInvitation invitation) {
        String payload = String.join(FIELD_SEPARATOR, invitation.caseId(), invitation.surveyId(),
                Long.toString(invitation.expiresAt().getEpochSecond()));
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payloadBytes) + "." + ENCODER.encodeToString(mac(payloadBytes));
    }

    /** The invitation a genuine, unexpired token stands for. */
    public SurveyInvitation verify(String token) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            throw new InvalidSurveyTokenException("malformed token");
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidSurveyTokenException("malformed token");
        }
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            throw new InvalidSurveyTokenException("bad signature");
        }
        String[] fields = new String(payload, StandardCharsets.UTF_8).split(FIELD_SEPARATOR, -1);
        if (fields.length != 3) {
            throw new InvalidSurveyTokenException("malformed token");
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(fields[2]));
        if (!clock.instant().isBefore(expiresAt)) {
            throw new InvalidSurveyTokenException("expired");
        }
        return new SurveyInvitation(fields[0], fields[1], expiresAt);
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
