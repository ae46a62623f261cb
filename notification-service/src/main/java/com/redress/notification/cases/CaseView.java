package com.redress.notification.cases;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.redress.events.common.NotificationChannel;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.intake.EncryptedContact;
import com.redress.events.intake.MaskedContact;

/**
 * What the service needs to know about a case to address its messages, built from the registration and the latest
 * grade. Contact details stay encrypted here; they are decrypted only to send.
 *
 * @param caseId             the case id
 * @param caseNumber         the number quoted to the customer
 * @param receivedAt         when the complaint was received
 * @param zone               the zone the complaint was received in, for local times and quiet hours
 * @param language           the customer's language (BCP 47)
 * @param ownerStaffId       the first-contact owner's staff id, or {@code null}
 * @param ownerUnitId        the first-contact owner's unit, or {@code null}
 * @param encryptedContact   the encrypted contact details, or {@code null} when the customer gave none
 * @param maskedContact      the masked contact details
 * @param preferredChannels  the customer's channels, most preferred first
 * @param tier               the latest tier, or {@code null} until graded
 */
public record CaseView(String caseId, String caseNumber, Instant receivedAt, ZoneId zone, String language,
        String ownerStaffId, String ownerUnitId, EncryptedContact encryptedContact, MaskedContact maskedContact,
        List<NotificationChannel> preferredChannels, Integer tier) {

    public CaseView {
        preferredChannels = List.copyOf(preferredChannels);
    }

    public static CaseView of(ComplaintRegistered registered) {
        return new CaseView(registered.getCaseId(), registered.getCaseNumber(), registered.getReceivedAt(),
                ZoneId.of(registered.getReceivedZoneId()), registered.getCustomer().getLanguage(),
                registered.getFirstContactOwner().getStaffId(), registered.getFirstContactOwner().getUnitId(),
                registered.getCustomer().getEncryptedContact(), registered.getCustomer().getMaskedContact(),
                registered.getCustomer().getPreferredNotificationChannels(), null);
    }

    public CaseView withTier(int newTier) {
        return new CaseView(caseId, caseNumber, receivedAt, zone, language, ownerStaffId, ownerUnitId,
                encryptedContact, maskedContact, preferredChannels, newTier);
    }
}
