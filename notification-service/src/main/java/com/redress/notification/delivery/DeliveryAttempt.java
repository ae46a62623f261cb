package com.redress.notification.delivery;

/**
 * What an outcome reports about one attempt, besides its status.
 *
 * @param key             the delivery key
 * @param attempt         the attempt number for this key, from 1
 * @param templateId      the template id and version
 * @param language        the language rendered in
 * @param maskedRecipient the recipient, masked, or the staff roles
 */
public record DeliveryAttempt(DeliveryKey key, int attempt, String templateId, String language,
        String maskedRecipient) {
}
