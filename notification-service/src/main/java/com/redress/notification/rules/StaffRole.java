package com.redress.notification.rules;

/** Whom an internal escalation goes to; addresses come from the staff directory configuration. */
public enum StaffRole {
    /** The first-contact owner of the case (首问负责人). */
    CASE_OWNER,
    /** The manager of the unit that owns the case. */
    UNIT_MANAGER,
    /** Senior management, for major (tier 1) cases. */
    SENIOR_MANAGEMENT
}
