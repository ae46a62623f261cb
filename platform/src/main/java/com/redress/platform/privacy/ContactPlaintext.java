package com.redress.platform.privacy;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The byte layout of contact details inside {@code EncryptedContact}: three fields in the order phone (E.164),
 * e-mail, app push id, each its length in UTF-8 bytes (4-byte big-endian; -1 for absent) followed by the bytes.
 */
final class ContactPlaintext {

    private static final int ABSENT = -1;

    private ContactPlaintext() {
    }

    static byte[] encode(ContactDetails contact) {
        byte[][] fields = {utf8(contact.phoneE164()), utf8(contact.email()), utf8(contact.appPushId())};
        int size = 0;
        for (byte[] field : fields) {
            size += Integer.BYTES + (field == null ? 0 : field.length);
        }
        ByteBuffer buffer = ByteBuffer.allocate(size);
        for (byte[] field : fields) {
            buffer.putInt(field == null ? ABSENT : field.length);
            if (field != null) {
                buffer.put(field);
            }
        }
        return buffer.array();
    }

    /** @throws IllegalArgumentException when {@code plaintext} does not follow the layout */
    static ContactDetails decode(byte[] plaintext) {
        ByteBuffer buffer = ByteBuffer.wrap(plaintext);
        try {
            ContactDetails contact = new ContactDetails(next(buffer), next(buffer), next(buffer));
            if (buffer.hasRemaining()) {
                throw new IllegalArgumentException("Contact plaintext has " + buffer.remaining() + " trailing bytes");
            }
            return contact;
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("Contact plaintext is truncated", e);
        }
    }

    private static String next(ByteBuffer buffer) {
        int length = buffer.getInt();
        if (length == ABSENT) {
            return null;
        }
        if (length < 0 || length > buffer.remaining()) {
            throw new IllegalArgumentException("Contact plaintext field length " + length + " is out of range");
        }
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
