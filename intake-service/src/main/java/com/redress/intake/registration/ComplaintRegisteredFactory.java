package com.redress.intake.registration;

import java.time.Instant;

import com.redress.contract.Topics;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.intake.Customer;
import com.redress.events.intake.FirstContactOwner;
import com.redress.intake.casenumber.CaseIdentity;
import com.redress.intake.normalisation.NormalisedComplaint;
import com.redress.intake.normalisation.PhoneNumbers;
import com.redress.intake.privacy.ContactMasker;
import com.redress.intake.privacy.CustomerPseudonymiser;
import com.redress.intake.privacy.TextRedactor;
import com.redress.platform.privacy.ContactCipher;

/**
 * Builds the {@code ComplaintRegistered} event of a case, protecting every piece of personal data on the way; the
 * complaint's identifiers come in publishable form already ({@code IdentifierPseudonymiser}).
 */
class ComplaintRegisteredFactory {

    private final ContactCipher contactCipher;
    private final CustomerPseudonymiser pseudonymiser;

    ComplaintRegisteredFactory(ContactCipher contactCipher, CustomerPseudonymiser pseudonymiser) {
        this.contactCipher = contactCipher;
        this.pseudonymiser = pseudonymiser;
    }

    ComplaintRegistered build(NormalisedComplaint complaint, CaseIdentity identity, Instant registeredAt) {
        String region = PhoneNumbers.regionOf(complaint.receivedZone());
        Customer customer = Customer.newBuilder()
                .setPseudonymousId(pseudonymiser.pseudonymOf(complaint.customerReference(), identity.caseId()))
                .setSegment(complaint.segment())
                .setLanguage(complaint.language())
                .setEncryptedContact(complaint.contact().isEmpty()
                        ? null
                        : contactCipher.encrypt(complaint.contact(), identity.caseId()))
                .setMaskedContact(ContactMasker.mask(complaint.contact()))
                .setPreferredNotificationChannels(complaint.preferredNotificationChannels())
                .build();
        return ComplaintRegistered.newBuilder()
                .setEventId(identity.registrationEventId())
                .setCaseId(identity.caseId())
                .setOccurredAt(registeredAt)
                .setSource(Topics.INTAKE_SERVICE)
                .setCaseNumber(identity.caseNumber())
                .setChannel(complaint.channel())
                .setChannelMessageId(complaint.identifiers().messageIdOrKey())
                .setReceivedAt(complaint.receivedAt())
                .setReceivedZoneId(complaint.receivedZone().getId())
                .setFirstContactOwner(new FirstContactOwner(complaint.identifiers().firstContactStaffId(),
                        complaint.identifiers().firstContactUnitId()))
                .setCustomer(customer)
                .setProduct(TextRedactor.redact(complaint.product(), region))
                .setAmountAtStake(complaint.amountAtStake())
                .setRedactedText(redactedText(complaint))
                .setChannelCategoryCode(complaint.identifiers().channelCategoryCode())
                .setSubmittedBy(complaint.source())
                .build();
    }

    /** The complaint's text as its registration carries it: redacted for the region of the receiving zone. */
    String redactedText(NormalisedComplaint complaint) {
        return TextRedactor.redact(complaint.text(), PhoneNumbers.regionOf(complaint.receivedZone()));
    }
}
