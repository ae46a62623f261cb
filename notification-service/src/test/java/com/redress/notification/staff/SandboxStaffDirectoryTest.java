package com.redress.notification.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import com.redress.notification.cases.CaseView;
import com.redress.notification.rules.StaffRole;
import com.redress.notification.support.SandboxProfile;
import com.redress.notification.support.TestEvents;

/** The sandbox profile addresses escalations of every owner the demo traffic names. */
class SandboxStaffDirectoryTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(StaffProperties.class)
            .withInitializer(SandboxProfile::load);

    @ParameterizedTest
    @ValueSource(strings = {"E10023871", "AGENT-100", "AGENT-101", "AGENT-102", "AGENT-103", "AGENT-104", "AGENT-105",
            "AGENT-106"})
    void shouldAddressEveryDemoOwnerTheirManagerAndOnTierOneSeniorManagement(String staffId) {
        context.run(started -> {
            StaffDirectory directory = new StaffDirectory(started.getBean(StaffDirectoryProperties.class));

            StaffRecipients recipients = directory.recipients(
                    List.of(StaffRole.CASE_OWNER, StaffRole.UNIT_MANAGER, StaffRole.SENIOR_MANAGEMENT),
                    caseOwnedBy(staffId));

            assertThat(recipients.roles()).containsExactlyInAnyOrder(StaffRole.CASE_OWNER, StaffRole.UNIT_MANAGER,
                    StaffRole.SENIOR_MANAGEMENT);
            assertThat(recipients.addresses()).allMatch(address -> address.endsWith("@redress-bank.example"))
                    .contains("duty.manager@redress-bank.example");
        });
    }

    @Test
    void shouldGiveEveryDemoOwnerAnAddressOfTheirOwn() {
        context.run(started -> assertThat(started.getBean(StaffDirectoryProperties.class).staffEmails().values())
                .hasSize(8).doesNotHaveDuplicates());
    }

    private static CaseView caseOwnedBy(String staffId) {
        CaseView view = CaseView.of(TestEvents.registered("case-1", "zh-CN", null, List.of()));
        return new CaseView(view.caseId(), view.caseNumber(), view.receivedAt(), view.zone(), view.language(), staffId,
                "DEMO-CENTRE", null, view.maskedContact(), List.of(), 1);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(StaffDirectoryProperties.class)
    static class StaffProperties {
    }
}
