package com.redress.notification.contact;

import com.redress.events.intake.EncryptedContact;

/**
 * Stands in while the deployment provides no {@link ContactDecryptor}: every customer message is reported failed
 * with a clear reason instead of the service refusing to start.
 */
public class UnconfiguredContactDecryptor implements ContactDecryptor {

    @Override
    public CustomerContact decrypt(EncryptedContact encrypted, String caseId) {
        throw new ContactUnavailableException("no contact decryptor configured");
    }
}
