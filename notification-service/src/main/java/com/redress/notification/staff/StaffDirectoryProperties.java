package com.redress.notification.staff;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where internal escalations go: staff addresses by staff id, unit managers by unit, and senior management.
 *
 * @param staffEmails       e-mail address of each case owner, by staff id
 * @param unitManagers      e-mail address of the manager of each unit, by unit id
 * @param defaultManager    the manager addressed when a case's unit has none configured (e.g. the complaints desk)
 * @param seniorManagement  addresses told of every tier 1 escalation
 * @param language          the language internal messages are written in
 */
@ConfigurationProperties("redress.notification.staff")
public record StaffDirectoryProperties(@DefaultValue Map<String, String> staffEmails,
        @DefaultValue Map<String, String> unitManagers, String defaultManager,
        @DefaultValue List<String> seniorManagement, @DefaultValue("zh-CN") String language) {

    public StaffDirectoryProperties {
        staffEmails = Map.copyOf(staffEmails);
        unitManagers = Map.copyOf(unitManagers);
        seniorManagement = List.copyOf(seniorManagement);
    }
}
