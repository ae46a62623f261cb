package com.redress.notification.support;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import com.redress.events.intake.EncryptedContact;
import com.redress.notification.contact.ContactDecryptor;
import com.redress.notification.contact.ContactUnavailableException;
import com.redress.notification.contact.CustomerContact;

/** A test stand-in for the contact cipher: "encrypts" by writing the fields in plain text under a test key id. */
public class PlaintextContactDecryptor implements ContactDecryptor {

    public static final String KEY_ID = "test-plaintext";
    private static final String SEPARATOR = "\u0000";

    public static EncryptedContact seal(CustomerContact contact) {
        String plain = String.join(SEPARATOR, orEmpty(contact.phoneE164()), orEmpty(contact.email()),
                orEmpty(contact.appPushId()));
        return new EncryptedContact(KEY_ID, "NONE", ByteBuffer.allocate(0),
                ByteBuffer.wrap(plain.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public CustomerContact decrypt(EncryptedContact encrypted, String caseId) {
        if (!KEY_ID.equals(encrypted.getKeyId())) {
            throw new ContactUnavailableException("unknown key " + encrypted.getKeyId());
        }
        ByteBuffer ciphertext = encrypted.getCiphertext().duplicate();
        byte[] bytes = new byte[ciphertext.remaining()];
        ciphertext.get(bytes);
        String[] fields = new String(bytes, StandardCharsets.UTF_8).split(SEPARATOR, -1);
        return new CustomerContact(nullIfEmpty(fields[0]), nullIfEmpty(fields[1]), nullIfEmpty(fields[2]));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String nullIfEmpty(String value) {
        return value.isEmpty() ? null : value;
    }
}
