package com.redress.intake.normalisation;

/**
 * A customer's contact details after normalisation: phone in E.164, e-mail lower-cased; any may be {@code null}.
 * Personal data: never logged, leaves intake only encrypted or masked.
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
