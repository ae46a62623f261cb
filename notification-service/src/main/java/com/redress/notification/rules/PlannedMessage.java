package com.redress.notification.rules;

import java.util.List;

import com.redress.events.notification.MessageKind;

/**
 * A message the rules call for: its kind and whether it goes to the customer or to staff (and which roles).
 *
 * @param kind       the message kind
 * @param staffRoles the staff roles addressed; empty for a customer message
 */
public record PlannedMessage(MessageKind kind, List<StaffRole> staffRoles) {

    public PlannedMessage {
        staffRoles = List.copyOf(staffRoles);
    }

    public static PlannedMessage toCustomer(MessageKind kind) {
        return new PlannedMessage(kind, List.of());
    }

    public boolean toStaff() {
        return !staffRoles.isEmpty();
    }
}
