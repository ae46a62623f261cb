package com.redress.notification.contact;

import java.util.Optional;

import com.redress.events.common.NotificationChannel;

/**
 * A customer's decrypted contact details; held only while a message is sent, never logged or published.
 *
 * @param phoneE164 the phone number in E.164, or {@code null}
 * @param email     the e-mail address, or {@code null}
 * @param appPushId the app's push registration id, or {@code null}
 */
public record CustomerContact(String phoneE164, String email, String appPushId) {

    /** The address to use on {@code channel}, if the customer gave one. */
    public Optional<String> addressFor(NotificationChannel channel) {
        return Optional.ofNullable(switch (channel) {
            case EMAIL -> email;
            case SMS -> phoneE164;
            case PUSH -> appPushId;
            default -> null;
        }).filter(address -> !address.isBlank());
    }

    @Override
    public String toString() {
        return "CustomerContact[redacted]";
    }
}
