package com.redress.notification.planning;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

import com.redress.events.common.NotificationChannel;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.intake.Customer;
import com.redress.events.intake.EncryptedContact;
import com.redress.events.intake.MaskedContact;

/**
 * What the planning keeps of a case's registration to address its messages; the contact stays as intake encrypted it.
 *
 * @param caseNumber        the number quoted to the customer
 * @param receivedAt        when the complaint was received
 * @param zoneId            the zone it was received in
 * @param language          the customer's language (BCP 47)
 * @param ownerStaffId      the first-contact owner's staff id, or {@code null}
 * @param ownerUnitId       the first-contact owner's unit, or {@code null}
 * @param encryptedContact  the encrypted contact, or {@code null} when the customer gave none
 * @param maskedContact     the masked contact
 * @param preferredChannels the customer's channels, most preferred first
 */
record CaseFacts(String caseNumber, Instant receivedAt, String zoneId, String language, String ownerStaffId,
        String ownerUnitId, SealedContact encryptedContact, MaskedFacts maskedContact,
        List<NotificationChannel> preferredChannels) {

    static CaseFacts of(ComplaintRegistered registered) {
        Customer customer = registered.getCustomer();
        return new CaseFacts(registered.getCaseNumber(), registered.getReceivedAt(), registered.getReceivedZoneId(),
                customer.getLanguage(), registered.getFirstContactOwner().getStaffId(),
                registered.getFirstContactOwner().getUnitId(), SealedContact.of(customer.getEncryptedContact()),
                MaskedFacts.of(customer.getMaskedContact()), List.copyOf(customer.getPreferredNotificationChannels()));
    }

    /** The encrypted contact, byte for byte as intake wrote it. */
    record SealedContact(String keyId, String algorithm, byte[] nonce, byte[] ciphertext) {

        static SealedContact of(EncryptedContact contact) {
            return contact == null ? null : new SealedContact(contact.getKeyId(), contact.getAlgorithm(),
                    bytes(contact.getNonce()), bytes(contact.getCiphertext()));
        }

        EncryptedContact toEvent() {
            return EncryptedContact.newBuilder().setKeyId(keyId).setAlgorithm(algorithm)
                    .setNonce(ByteBuffer.wrap(nonce)).setCiphertext(ByteBuffer.wrap(ciphertext)).build();
        }

        private static byte[] bytes(ByteBuffer buffer) {
            ByteBuffer copy = buffer.duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            return bytes;
        }
    }

    /** The masked contact: masked phone and e-mail, and whether an app push registration exists. */
    record MaskedFacts(String phone, String email, boolean hasAppPush) {

        static MaskedFacts of(MaskedContact masked) {
            return new MaskedFacts(masked.getPhone(), masked.getEmail(), masked.getHasAppPush());
        }

        MaskedContact toEvent() {
            return MaskedContact.newBuilder().setPhone(phone).setEmail(email).setHasAppPush(hasAppPush).build();
        }
    }
}
