package com.redress.notification.rules;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.redress.events.intake.CaseUpdateType;
import com.redress.events.notification.MessageKind;
import com.redress.events.sla.SlaEventType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules decide which messages an event calls for; bad rules fail at start-up. */
class NotificationPlannerTest {

    private final NotificationPlanner planner = new NotificationPlanner(new NotificationRules(
            List.of(new CustomerRule("registered", MessageKind.ACKNOWLEDGEMENT, null),
                    new CustomerRule("update:RESOLVED", MessageKind.RESULT, Duration.ZERO),
                    new CustomerRule("update:CLOSED", MessageKind.SURVEY, Duration.ofDays(2))),
            List.of(new StaffRule("sla:BREACHED", MessageKind.STAFF_ESCALATION,
                    List.of(StaffRole.CASE_OWNER, StaffRole.UNIT_MANAGER), List.of(StaffRole.SENIOR_MANAGEMENT)))));

    @Test
    void shouldAcknowledgeARegistration() {
        assertThat(planner.plan(Trigger.registered(), null))
                .containsExactly(PlannedMessage.toCustomer(MessageKind.ACKNOWLEDGEMENT));
    }

    @Test
    void shouldSendNothingForAnUpdateTheRulesDoNotName() {
        assertThat(planner.plan(Trigger.of(CaseUpdateType.RESPONDED), 3)).isEmpty();
    }

    @Test
    void shouldEscalateABreachToOwnerAndManager() {
        assertThat(planner.plan(Trigger.of(SlaEventType.BREACHED), 2)).containsExactly(
                new PlannedMessage(MessageKind.STAFF_ESCALATION, List.of(StaffRole.CASE_OWNER, StaffRole.UNIT_MANAGER)));
    }

    @Test
    void shouldAlsoEscalateATierOneBreachToSeniorManagement() {
        assertThat(planner.plan(Trigger.of(SlaEventType.BREACHED), 1)).containsExactly(
                new PlannedMessage(MessageKind.STAFF_ESCALATION,
                        List.of(StaffRole.CASE_OWNER, StaffRole.UNIT_MANAGER, StaffRole.SENIOR_MANAGEMENT)));
    }

    @Test
    void shouldParseTheRulesNotation() {
        assertThat(Trigger.parse("update:awaiting_customer")).isEqualTo(Trigger.of(CaseUpdateType.AWAITING_CUSTOMER));
        assertThat(Trigger.parse("sla:WARNING")).isEqualTo(Trigger.of(SlaEventType.WARNING));
        assertThat(Trigger.parse(" Registered ")).isEqualTo(Trigger.registered());
    }

    @Test
    void shouldRejectARuleWithAnUnknownEventType() {
        assertThatThrownBy(() -> new CustomerRule("update:SOLVED", MessageKind.RESULT, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustomerRule("complaint:RESOLVED", MessageKind.RESULT, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("complaint");
    }

    @Test
    void shouldKeepADelayedMessageOutOfTheImmediatePlan() {
        assertThat(planner.plan(Trigger.of(CaseUpdateType.CLOSED), 3)).isEmpty();
        assertThat(planner.planDelayed(Trigger.of(CaseUpdateType.CLOSED))).contains(
                new DelayedMessage(PlannedMessage.toCustomer(MessageKind.SURVEY), Duration.ofDays(2)));
        assertThat(planner.planDelayed(Trigger.of(CaseUpdateType.RESOLVED))).isEmpty();
    }

    @Test
    void shouldRejectADelayOnAnythingButACaseUpdate() {
        assertThatThrownBy(() -> new CustomerRule("registered", MessageKind.ACKNOWLEDGEMENT, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectTwoDelayedMessagesForOneTrigger() {
        List<CustomerRule> rules = List.of(new CustomerRule("update:CLOSED", MessageKind.SURVEY, Duration.ofDays(1)),
                new CustomerRule("update:CLOSED", MessageKind.PROGRESS, Duration.ofDays(2)));

        assertThatThrownBy(() -> new NotificationRules(rules, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectAStaffRuleWithoutRecipients() {
        assertThatThrownBy(() -> new StaffRule("sla:WARNING", MessageKind.STAFF_ESCALATION, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
