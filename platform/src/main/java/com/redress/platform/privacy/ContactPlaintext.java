package com.redress.intake.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import com.redress.intake.normalisation.ContactDetails;

/** The byte layout of contact details inside {@code EncryptedContact}: length-prefixed UTF-8 fields, -1 for absent. */
final class ContactPlaintext {

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
            buffer.putInt(field == null ? -1 : field.length);
            if (field != null) {
                buffer.put(field);
            }
        }
        return buffer.array();
    }

    static ContactDetails decode(byte[] plaintext) {
        ByteBuffer buffer = ByteBuffer.wrap(plaintext);
        return new ContactDetails(next(buffer), next(buffer), next(buffer));
    }

    private static String next(ByteBuffer buffer) {
        int length = buffer.getInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
