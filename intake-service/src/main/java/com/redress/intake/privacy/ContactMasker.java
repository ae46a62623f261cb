package com.redress.intake.privacy;

import com.redress.events.intake.MaskedContact;
import com.redress.intake.normalisation.PhoneNumbers;
import com.redress.platform.privacy.ContactDetails;

/** Masks contact details for handlers and analysts: {@code 138****1234}, {@code m***@example.co.uk}. */
public final class ContactMasker {

    private static final int PHONE_KEPT_PREFIX = 3;
    private static final int PHONE_KEPT_SUFFIX = 4;

    private ContactMasker() {
    }

    public static MaskedContact mask(ContactDetails contact) {
        return new MaskedContact(maskPhone(contact.phoneE164()), maskEmail(contact.email()),
                contact.appPushId() != null);
    }

    /**
     * The national number with all but its first three and last four digits starred; shorter numbers keep only their
     * last two digits, so a mask never reveals most of a number.
     */
    public static String maskPhone(String e164) {
        if (e164 == null) {
            return null;
        }
        String national = PhoneNumbers.nationalNumberOf(e164);
        if (national.length() < PHONE_KEPT_PREFIX + PHONE_KEPT_SUFFIX + 2) {
            return "*".repeat(national.length() - 2) + national.substring(national.length() - 2);
        }
        return national.substring(0, PHONE_KEPT_PREFIX)
                + "*".repeat(national.length() - PHONE_KEPT_PREFIX - PHONE_KEPT_SUFFIX)
                + national.substring(national.length() - PHONE_KEPT_SUFFIX);
    }

    /** The first character of the local part, three stars, and the domain. */
    public static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return email.charAt(0) + "***" + email.substring(at);
    }
}
