package com.redress.platform.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.redress.events.intake.EncryptedContact;

/**
 * Encrypts a customer's contact details with AES-GCM under the active key, bound to the case id as associated data,
 * and decrypts them under whichever configured key id a record names.
 *
 * <p>Plaintext layout: see {@link ContactPlaintext}. Associated data: the case id in UTF-8, so a ciphertext cannot be
 * moved to another case. Thread-safe.
 */
public final class ContactCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    /**
     * A cipher over the configured keys.
     *
     * @throws IllegalStateException when a key is not a base64 AES key or the active key id names none of them
     */
    public ContactCipher(ContactKeyProperties properties) {
        Map<String, SecretKey> decoded = new HashMap<>();
        properties.contactKeys().forEach((id, base64) -> decoded.put(id, aesKey(id, base64)));
        String active = properties.activeContactKeyId();
        if (active == null || active.isBlank()) {
            throw new IllegalStateException("redress.privacy.active-contact-key-id is not set: it must name one of "
                    + "the base64 AES keys in redress.privacy.contact-keys.<key-id> (configured key ids: "
                    + new TreeSet<>(decoded.keySet()) + ")");
        }
        if (!decoded.containsKey(active)) {
            throw new IllegalStateException("redress.privacy.active-contact-key-id " + active + " names no key in "
                    + "redress.privacy.contact-keys (configured key ids: " + new TreeSet<>(decoded.keySet()) + ")");
        }
        this.keys = Map.copyOf(decoded);
        this.activeKeyId = active;
    }

    /** The contact details encrypted under the active key for the case {@code caseId}. */
    public EncryptedContact encrypt(ContactDetails contact, String caseId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        SecretKey key = keys.get(activeKeyId);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(caseId.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(ContactPlaintext.encode(contact));
            return new EncryptedContact(activeKeyId, algorithmName(key), ByteBuffer.wrap(nonce),
                    ByteBuffer.wrap(ciphertext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Contact encryption failed", e);
        }
    }

    /**
     * The contact details in {@code encrypted}, for the case {@code caseId}.
     *
     * @throws IllegalArgumentException when the key id is unknown or the ciphertext was tampered with or moved; the
     *                                  message names the key id only
     */
    public ContactDetails decrypt(EncryptedContact encrypted, String caseId) {
        SecretKey key = keys.get(encrypted.getKeyId());
        if (key == null) {
            throw new IllegalArgumentException("Unknown contact key id " + encrypted.getKeyId());
        }
        byte[] plaintext;
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes(encrypted.getNonce())));
            cipher.updateAAD(caseId.getBytes(StandardCharsets.UTF_8));
            plaintext = cipher.doFinal(bytes(encrypted.getCiphertext()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Contact details cannot be decrypted with key "
                    + encrypted.getKeyId(), e);
        }
        return ContactPlaintext.decode(plaintext);
    }

    private static String algorithmName(SecretKey key) {
        return "AES-" + key.getEncoded().length * 8 + "-GCM";
    }

    private static SecretKey aesKey(String id, String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("redress.privacy.contact-keys." + id + " is not valid base64");
        }
        if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
            throw new IllegalStateException("redress.privacy.contact-keys." + id
                    + " must be a base64 AES key of 16, 24 or 32 bytes, is " + raw.length + " bytes");
        }
        return new SecretKeySpec(raw, "AES");
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
