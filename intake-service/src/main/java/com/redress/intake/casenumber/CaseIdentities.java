package com.redress.intake.casenumber;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.redress.intake.deduplication.DeduplicationKey;
import com.redress.intake.deduplication.NameBasedUuids;

/**
 * Derives case ids from de-duplication keys with a keyed function, so that they stay deterministic (every instance,
 * before and after restarts, gives a repeated submission the same id without coordination) but cannot be computed
 * by anyone who knows only a channel's message-id scheme: the id is an HMAC-SHA256 of the key under the deployment's
 * secret, shaped as a version 8 UUID (RFC 9562 section 5.8).
 *
 * <p>Keys rotate without changing any existing id: new cases take the active key's id, and a submission is a
 * duplicate when a case exists under the id of any configured key, or under the unkeyed version 5 id that cases
 * registered before case-id keys existed were given.
 */
public final class CaseIdentities {

    private static final String HMAC = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;
    /** Namespace of the unkeyed version 5 ids of cases registered before case-id keys; only looked up, never issued. */
    private static final UUID LEGACY_NAMESPACE = UUID.fromString("0b6f3f0e-5a8c-4d0e-9c63-2f1b7a4e9d21");

    private final SecretKeySpec activeKey;
    private final List<SecretKeySpec> olderKeys;

    /** @throws IllegalArgumentException when the active key is missing, or any key is not base64 of 32 bytes or more */
    public CaseIdentities(CaseIdProperties properties) {
        if (properties.activeKeyId() == null || !properties.keys().containsKey(properties.activeKeyId())) {
            throw new IllegalArgumentException("redress.intake.case-ids.active-key-id must name one of "
                    + "redress.intake.case-ids.keys.*: case ids are derived with a deployment secret");
        }
        List<SecretKeySpec> older = new ArrayList<>();
        SecretKeySpec active = null;
        for (Map.Entry<String, String> entry : properties.keys().entrySet()) {
            SecretKeySpec key = key(entry.getKey(), entry.getValue());
            if (entry.getKey().equals(properties.activeKeyId())) {
                active = key;
            } else {
                older.add(key);
            }
        }
        this.activeKey = active;
        this.olderKeys = List.copyOf(older);
    }

    /** The identity a new case registered for {@code key}, received on {@code receivedDate}, gets. */
    public CaseIdentity newIdentity(DeduplicationKey key, LocalDate receivedDate) {
        return CaseIdentity.of(keyedId(activeKey, key), receivedDate);
    }

    /**
     * Every id a case registered for {@code key} may have: the active key's first, then the older keys', then the
     * unkeyed id of cases registered before case-id keys existed.
     */
    public List<String> knownCaseIds(DeduplicationKey key) {
        List<String> ids = new ArrayList<>(olderKeys.size() + 2);
        ids.add(keyedId(activeKey, key).toString());
        olderKeys.forEach(older -> ids.add(keyedId(older, key).toString()));
        ids.add(NameBasedUuids.of(LEGACY_NAMESPACE, key.value()).toString());
        return ids;
    }

    private static UUID keyedId(SecretKeySpec secret, DeduplicationKey key) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(secret);
            hash = mac.doFinal(key.value().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is required of every JRE", e);
        }
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x80);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    private static SecretKeySpec key(String keyId, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("redress.intake.case-ids.keys." + keyId + " is not base64", e);
        }
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("redress.intake.case-ids.keys." + keyId + " must be at least "
                    + MIN_KEY_BYTES + " bytes");
        }
        return new SecretKeySpec(bytes, HMAC);
    }
}
