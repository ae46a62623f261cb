package com.redress.intake.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.redress.events.intake.EncryptedContact;
import com.redress.intake.normalisation.ContactDetails;

/**
 * Encrypts a customer's contact details with AES-GCM under the active key, bound to the case id as associated data,
 * and decrypts them under whichever configured key id a record names.
 *
 * <p>Plaintext layout (UTF-8): three fields in the order phone (E.164), e-mail, app push id, each written as its
 * length in UTF-8 bytes (4-byte big-endian; -1 for absent) followed by the bytes. Associated data: the case id in
 * UTF-8, so a ciphertext cannot be moved to another case.
 */
public class ContactCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    public ContactCipher(PrivacyProperties properties) {
        Map<String, SecretKey> decoded = new HashMap<>();
        properties.contactKeys().forEach((id, base64) -> decoded.put(id, aesKey(id, base64)));
        if (properties.activeContactKeyId() == null || !decoded.containsKey(properties.activeContactKeyId())) {
            throw new IllegalStateException("redress.intake.privacy.active-contact-key-id must name one of "
                    + "redress.intake.privacy.contact-keys " + decoded.keySet());
        }
        this.keys = Map.copyOf(decoded);
        this.activeKeyId = properties.activeContactKeyId();
    }

    /** The contact details encrypted under the active key for the case {@code caseId}. */
    public EncryptedContact encrypt(ContactDetails contact, String caseId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(caseId.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(ContactPlaintext.encode(contact));
            return new EncryptedContact(activeKeyId, algorithmName(keys.get(activeKeyId)), ByteBuffer.wrap(nonce),
                    ByteBuffer.wrap(ciphertext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Contact encryption failed", e);
        }
    }

    /**
     * The contact details in {@code encrypted}, for the case {@code caseId}.
     *
     * @throws IllegalArgumentException when the key id is unknown or the ciphertext was tampered with or moved
     */
    public ContactDetails decrypt(EncryptedContact encrypted, String caseId) {
        SecretKey key = keys.get(encrypted.getKeyId());
        if (key == null) {
            throw new IllegalArgumentException("Unknown contact key id " + encrypted.getKeyId());
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes(encrypted.getNonce())));
            cipher.updateAAD(caseId.getBytes(StandardCharsets.UTF_8));
            return ContactPlaintext.decode(cipher.doFinal(bytes(encrypted.getCiphertext())));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Contact details cannot be decrypted with key "
                    + encrypted.getKeyId(), e);
        }
    }

    private static String algorithmName(SecretKey key) {
        return "AES-" + key.getEncoded().length * 8 + "-GCM";
    }

    private static SecretKey aesKey(String id, String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("Contact key " + id + " is not valid base64");
        }
        if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
            throw new IllegalStateException("Contact key " + id + " must be 16, 24 or 32 bytes, is " + raw.length);
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
