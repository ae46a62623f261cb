package com.redress.platform.privacy;

/**
 * A customer's contact details in clear: phone in E.164, e-mail lower-cased, app push id; any may be {@code null}.
 * Personal data: never logged, and on a topic only encrypted by {@link ContactCipher}.
 */
public record ContactDetails(String phoneE164, String email, String appPushId) {

    /** Whether the customer gave no way to reach them. */
    public boolean isEmpty() {
        return phoneE164 == null && email == null && appPushId == null;
    }

    @Override
    public String toString() {
        return "ContactDetails[redacted]";
    }
}
