package com.redress.notification.staff;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.redress.notification.rules.StaffRole;

/**
 * The staff addresses of one escalation and the roles they were found for.
 *
 * @param addresses the e-mail addresses, without duplicates
 * @param roles     the roles that resolved to at least one address
 */
public record StaffRecipients(List<String> addresses, Set<StaffRole> roles) {

    public StaffRecipients {
        addresses = List.copyOf(addresses);
        roles = Set.copyOf(roles);
    }

    public boolean isEmpty() {
        return addresses.isEmpty();
    }

    /** The roles, for outcomes and logs, where staff addresses must not appear either. */
    public String describeRoles() {
        return String.join(",", roles.stream()
                .map(role -> role.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .sorted()
                .toList());
    }
}
