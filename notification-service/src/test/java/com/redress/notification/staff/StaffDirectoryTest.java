package com.redress.notification.staff;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.redress.notification.cases.CaseView;
import com.redress.notification.rules.StaffRole;
import com.redress.notification.support.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff roles resolved to addresses from configuration. */
class StaffDirectoryTest {

    private final StaffDirectory directory = new StaffDirectory(new StaffDirectoryProperties(
            Map.of(TestEvents.OWNER_STAFF_ID, "owner@bank.example"),
            Map.of(TestEvents.OWNER_UNIT_ID, "manager@bank.example"), "desk@bank.example",
            List.of("cro@bank.example", "ceo@bank.example"), "zh-CN"));

    @Test
    void shouldAddressOwnerAndTheirUnitsManager() {
        StaffRecipients recipients = directory.recipients(List.of(StaffRole.CASE_OWNER, StaffRole.UNIT_MANAGER),
                caseOwnedBy(TestEvents.OWNER_STAFF_ID, TestEvents.OWNER_UNIT_ID));

        assertThat(recipients.addresses()).containsExactly("owner@bank.example", "manager@bank.example");
        assertThat(recipients.describeRoles()).isEqualTo("case-owner,unit-manager");
    }

    @Test
    void shouldFallBackToTheDefaultManagerForAnUnknownUnit() {
        StaffRecipients recipients = directory.recipients(List.of(StaffRole.UNIT_MANAGER),
                caseOwnedBy(null, "BR-UNKNOWN"));

        assertThat(recipients.addresses()).containsExactly("desk@bank.example");
    }

    @Test
    void shouldLeaveOutAnOwnerWithoutAConfiguredAddress() {
        StaffRecipients recipients = directory.recipients(List.of(StaffRole.CASE_OWNER, StaffRole.SENIOR_MANAGEMENT),
                caseOwnedBy("E-NOT-CONFIGURED", null));

        assertThat(recipients.addresses()).containsExactly("cro@bank.example", "ceo@bank.example");
        assertThat(recipients.roles()).containsExactly(StaffRole.SENIOR_MANAGEMENT);
    }

    private static CaseView caseOwnedBy(String staffId, String unitId) {
        CaseView view = CaseView.of(TestEvents.registered("case-1", "zh-CN", null, List.of()));
        return new CaseView(view.caseId(), view.caseNumber(), view.receivedAt(), view.zone(), view.language(), staffId,
                unitId, null, view.maskedContact(), List.of(), 2);
    }
}
