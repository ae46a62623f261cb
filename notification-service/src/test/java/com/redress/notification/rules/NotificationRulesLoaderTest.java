package com.redress.notification.rules;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.redress.events.intake.CaseUpdateType;
import com.redress.events.notification.MessageKind;
import com.redress.events.sla.SlaEventType;
import com.redress.platform.yaml.YamlFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule file is read strictly: a mistake in it stops start-up with the file, the line and what is wrong. */
class NotificationRulesLoaderTest {

    private static final String VALID = """
            customer:
              - when: registered
                send: ACKNOWLEDGEMENT
              - when: update:CLOSED
                send: SURVEY
                after: ${survey.delay}
            staff:
              - when: sla:BREACHED
                send: STAFF_ESCALATION
                to: [CASE_OWNER, UNIT_MANAGER]
                tier-one-also: [SENIOR_MANAGEMENT]
            """;

    /** Resolves the one property the test files name, as the service's environment would. */
    private static final UnaryOperator<String> PROPERTIES = value -> {
        String resolved = value.replace("${survey.delay}", "2d");
        if (resolved.contains("${")) {
            throw new IllegalArgumentException("Could not resolve placeholder in value \"" + value + "\"");
        }
        return resolved;
    };

    @Test
    void shouldReadTheShippedRuleFile() {
        InputStream shipped = getClass().getClassLoader().getResourceAsStream("notification-rules.yml");

        NotificationRules rules = NotificationRulesLoader.load("notification-rules.yml", shipped,
                value -> value.replace("${redress.notification.survey.delay}", "1d"));

        NotificationPlanner planner = new NotificationPlanner(rules);
        assertThat(planner.plan(Trigger.registered(), null))
                .containsExactly(PlannedMessage.toCustomer(MessageKind.ACKNOWLEDGEMENT));
        assertThat(planner.planDelayed(Trigger.of(CaseUpdateType.CLOSED))).contains(
                new DelayedMessage(PlannedMessage.toCustomer(MessageKind.SURVEY), Duration.ofDays(1)));
        assertThat(planner.plan(Trigger.of(SlaEventType.WARNING), 1)).containsExactly(
                new PlannedMessage(MessageKind.STAFF_ESCALATION,
                        List.of(StaffRole.CASE_OWNER, StaffRole.UNIT_MANAGER, StaffRole.SENIOR_MANAGEMENT)));
    }

    @Test
    void shouldReadEveryPartOfARule() {
        NotificationRules rules = load(VALID);

        assertThat(rules.customer()).containsExactly(
                new CustomerRule("registered", MessageKind.ACKNOWLEDGEMENT, Duration.ZERO),
                new CustomerRule("update:CLOSED", MessageKind.SURVEY, Duration.ofDays(2)));
        assertThat(rules.staff()).containsExactly(new StaffRule("sla:BREACHED", MessageKind.STAFF_ESCALATION,
                List.of(StaffRole.CASE_OWNER, StaffRole.UNIT_MANAGER), List.of(StaffRole.SENIOR_MANAGEMENT)));
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', textBlock = """
            send: ACKNOWLEDGEMENT       | sned: ACKNOWLEDGEMENT      | 3 | customer[0].sned: unknown key; allowed here: after, send, when
            tier-one-also:              | tier-one-als:              | 11 | staff[0].tier-one-als: unknown key; allowed here: send, tier-one-also, to, when
            when: registered            | when: registred            | 2 | customer[0].when: Unknown trigger 'registred': expected registered, update:<CaseUpdateType> or sla:<SlaEventType>
            when: update:CLOSED         | when: update:CLOSD         | 4 | customer[1].when: unknown case update type 'CLOSD'; one of ACKNOWLEDGED,
            when: sla:BREACHED          | when: sla:BROKEN           | 8 | staff[0].when: unknown SLA event type 'BROKEN'; one of STARTED,
            when: update:CLOSED         | when: case:CLOSED          | 4 | customer[1].when: Unknown trigger family 'case' in 'case:CLOSED'
            send: ACKNOWLEDGEMENT       | send: ACK                  | 3 | customer[0].send: unknown message kind 'ACK'; one of ACKNOWLEDGEMENT, PROGRESS, RESULT, SURVEY, STAFF_ESCALATION
            send: ACKNOWLEDGEMENT       | send: UNKNOWN              | 3 | customer[0].send: unknown message kind 'UNKNOWN'
            [CASE_OWNER, UNIT_MANAGER]  | [CASE_OWNER, CEO]          | 10 | staff[0].to[1]: unknown staff role 'CEO'; one of CASE_OWNER, UNIT_MANAGER, SENIOR_MANAGEMENT
            after: ${survey.delay}      | after: soon                | 6 | customer[1].after: expected a duration such as 1d, 12h or P1D, was 'soon'
            after: ${survey.delay}      | after: ${survey.dealy}     | 6 | customer[1].after: Could not resolve placeholder
            after: ${survey.delay}      | after: -${survey.delay}    | 4 | customer[1]: Rule 'update:CLOSED': 'after' must not be negative
            send: ACKNOWLEDGEMENT       | send: ACKNOWLEDGEMENT\\n    after: 1h | 2 | customer[0]: Rule 'registered': only case updates can have a delayed message
            to: [CASE_OWNER, UNIT_MANAGER] | to: []                 | 8 | staff[0]: Staff rule 'sla:BREACHED' names no recipients in 'to'
            """)
    void shouldRejectAMistakeNamingFileLineAndWhatIsWrong(String valid, String mistake, int line, String reason) {
        String broken = VALID.replace(valid.strip(), mistake.strip().replace("\\n", "\n"));

        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(YamlFileException.class)
                .hasMessageStartingWith("rules.yml:" + line + ":")
                .hasMessageContaining(": " + reason)
                .satisfies(error -> assertThat(((YamlFileException) error).line()).isEqualTo(line));
    }

    @Test
    void shouldRejectADuplicateKeyAtItsSecondUse() {
        String broken = VALID.replace("    send: SURVEY\n", "    send: SURVEY\n    send: RESULT\n");

        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(YamlFileException.class)
                .hasMessage("rules.yml:6:5: customer[1].send: duplicate key");
    }

    @Test
    void shouldRejectTwoDelayedMessagesForOneTrigger() {
        String broken = VALID.replace("staff:", """
                  - when: update:CLOSED
                    send: PROGRESS
                    after: 1d
                staff:""");

        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(YamlFileException.class)
                .hasMessage("rules.yml:7:5: customer[2]: a second delayed message for 'update:CLOSED'; a trigger may"
                        + " have one");
    }

    @Test
    void shouldRejectRulesStillNestedUnderTheirFormerSpringPrefix() {
        String nested = "redress:\n  notification:\n    rules:\n" + VALID.indent(6);

        assertThatThrownBy(() -> load(nested))
                .isInstanceOf(YamlFileException.class)
                .hasMessage("rules.yml:1:1: redress: unknown key; allowed here: customer, staff");
    }

    @Test
    void shouldRejectARuleWithoutATrigger() {
        String broken = VALID.replace("  - when: registered\n    send", "  - send");

        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(YamlFileException.class)
                .hasMessage("rules.yml:2:5: customer[0]: missing required key 'when'");
    }

    private static NotificationRules load(String yaml) {
        return NotificationRulesLoader.load("rules.yml",
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), PROPERTIES);
    }
}
