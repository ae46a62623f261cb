package com.redress.notification.contact;

import com.redress.events.intake.EncryptedContact;

/**
 * Turns the encrypted contact of a registration back into contact details: {@link CipherContactDecryptor} once the
 * contact keys are configured, {@link UnconfiguredContactDecryptor} until then.
 */
public interface ContactDecryptor {

    /**
     * The contact details encrypted in {@code encrypted} for the case {@code caseId}.
     *
     * @throws ContactUnavailableException when they cannot be decrypted (unknown key, tampered data, no cipher); its
     *                                     message is published as the failure reason, so it must hold no personal data
     */
    CustomerContact decrypt(EncryptedContact encrypted, String caseId);
}
