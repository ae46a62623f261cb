package com.redress.notification.staff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.redress.notification.cases.CaseView;
import com.redress.notification.rules.StaffRole;

/** Resolves the staff roles of an escalation to e-mail addresses for one case, from configuration. */
public class StaffDirectory {

    private final StaffDirectoryProperties properties;

    public StaffDirectory(StaffDirectoryProperties properties) {
        this.properties = properties;
    }

    public StaffRecipients recipients(List<StaffRole> roles, CaseView caseView) {
        Set<String> addresses = new LinkedHashSet<>();
        Set<StaffRole> found = EnumSet.noneOf(StaffRole.class);
        for (StaffRole role : roles) {
            List<String> forRole = addressesOf(role, caseView);
            if (!forRole.isEmpty()) {
                found.add(role);
                addresses.addAll(forRole);
            }
        }
        return new StaffRecipients(new ArrayList<>(addresses), found);
    }

    private List<String> addressesOf(StaffRole role, CaseView caseView) {
        return switch (role) {
            case CASE_OWNER -> listOf(caseView.ownerStaffId() == null ? null
                    : properties.staffEmails().get(caseView.ownerStaffId()));
            case UNIT_MANAGER -> listOf(caseView.ownerUnitId() == null ? properties.defaultManager()
                    : properties.unitManagers().getOrDefault(caseView.ownerUnitId(), properties.defaultManager()));
            case SENIOR_MANAGEMENT -> properties.seniorManagement();
        };
    }

    private static List<String> listOf(String address) {
        return address == null || address.isBlank() ? List.of() : List.of(address);
    }
}
