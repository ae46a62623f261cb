package com.redress.notification.planning;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.redress.events.notification.Audience;
import com.redress.events.notification.NotificationRequested;

/** Builds the {@code notifications.requested} record of a planned message from its case's facts. */
final class NotificationRequests {

    private final String source;

    NotificationRequests(String source) {
        this.source = source;
    }

    NotificationRequested of(String caseId, String messageKey, CaseFacts facts, PlannedRequest message, Instant now,
            boolean afterQuietHours) {
        boolean toStaff = message.toStaff();
        return NotificationRequested.newBuilder()
                .setEventId(UUID.randomUUID())
                .setCaseId(caseId)
                .setOccurredAt(now)
                .setSource(source)
                .setMessageKey(messageKey)
                .setMessageKind(message.kind())
                .setTriggeringEventId(message.triggeringEventId())
                .setTriggeredAt(message.triggeredAt())
                .setAudience(toStaff ? Audience.STAFF : Audience.CUSTOMER)
                .setStaffRoles(message.staffRoles())
                .setCaseNumber(facts.caseNumber())
                .setReceivedAt(facts.receivedAt())
                .setZoneId(facts.zoneId())
                .setLanguage(facts.language())
                .setTier(message.tier())
                .setOwnerStaffId(facts.ownerStaffId())
                .setOwnerUnitId(facts.ownerUnitId())
                // staff messages carry no customer contact: their addresses come from the staff directory
                .setEncryptedContact(toStaff || facts.encryptedContact() == null ? null
                        : facts.encryptedContact().toEvent())
                .setMaskedContact(toStaff ? null : facts.maskedContact().toEvent())
                .setPreferredChannels(toStaff ? List.of() : facts.preferredChannels())
                .setTemplateValues(avroValues(message.templateValues()))
                .setAfterQuietHours(afterQuietHours)
                .build();
    }

    /** The values as the schema's union takes them: whole numbers as longs (JSON state reads small ones as ints). */
    private static Map<String, Object> avroValues(Map<String, Object> values) {
        Map<String, Object> converted = new HashMap<>();
        values.forEach((name, value) -> converted.put(name, value instanceof Number number && !(value instanceof Double)
                ? (Object) number.longValue() : value));
        return converted;
    }
}
