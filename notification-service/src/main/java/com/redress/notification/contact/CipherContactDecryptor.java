package com.redress.notification.contact;

import com.redress.events.intake.EncryptedContact;
import com.redress.platform.privacy.ContactCipher;
import com.redress.platform.privacy.ContactDetails;

/** Decrypts a registration's contact with the platform's {@link ContactCipher}, the one intake encrypts with. */
public class CipherContactDecryptor implements ContactDecryptor {

    private final ContactCipher cipher;

    public CipherContactDecryptor(ContactCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public CustomerContact decrypt(EncryptedContact encrypted, String caseId) {
        ContactDetails contact;
        try {
            contact = cipher.decrypt(encrypted, caseId);
        } catch (IllegalArgumentException e) {
            // the key id is configuration, not personal data; the reason becomes a published failure reason
            throw new ContactUnavailableException("contact cannot be decrypted with key " + encrypted.getKeyId()
                    + " (unknown key, or data tampered with or moved from another case)", e);
        }
        return new CustomerContact(contact.phoneE164(), contact.email(), contact.appPushId());
    }
}
