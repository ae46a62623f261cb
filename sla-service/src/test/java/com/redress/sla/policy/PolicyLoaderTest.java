package com.redress.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.redress.events.sla.ClockKind;
import com.redress.sla.calendar.Calendars;
import com.redress.sla.definition.InvalidDefinitionException;

import org.junit.jupiter.api.Test;

class PolicyLoaderTest {

    @Test
    void shouldLoadEveryBundledPackWithItsSources() {
        for (String name : Policies.BUNDLED) {
            PolicyPack pack = Policies.bundled(name);

            assertThat(pack.sources()).as(name).isNotEmpty();
            assertThat(pack.policyId()).isEqualTo(name + "@1");
        }
    }

    @Test
    void shouldCarryTheReferenceNumbersInTheDefaultPack() {
        PolicyPack pack = Policies.bundled("redress-default");

        assertThat(targets(pack, 1)).containsExactly("ACKNOWLEDGE 24 HOURS", "EMERGENCY_RESPONSE 15 MINUTES",
                "INITIAL_INVESTIGATION 48 HOURS", "RESOLUTION 10 WORKING_DAYS", "REGULATORY_DECISION 30 WORKING_DAYS");
        assertThat(targets(pack, 2)).containsExactly("ACKNOWLEDGE 24 HOURS", "FIRST_RESPONSE 24 HOURS",
                "RESOLUTION 5 WORKING_DAYS", "REGULATORY_DECISION 15 WORKING_DAYS");
        assertThat(targets(pack, 3)).containsExactly("ACKNOWLEDGE 24 HOURS", "FIRST_RESPONSE 48 HOURS",
                "RESOLUTION 5 WORKING_DAYS", "REGULATORY_DECISION 15 WORKING_DAYS");
        ClockPolicy regulatory = clock(pack, 3, ClockKind.REGULATORY_DECISION);
        assertThat(regulatory.pauseOn()).containsExactly(ClockTrigger.APPRAISAL_STARTED);
        assertThat(regulatory.resumeOn()).containsExactly(ClockTrigger.APPRAISAL_ENDED);
        assertThat(regulatory.extensions()).isEqualTo(new ExtensionLimit(2, 60));
        assertThat(regulatory.calendarId()).isEqualTo("CN-mainland");
        assertThat(regulatory.warningFractions()).containsExactly(0.75, 0.9);
    }

    @Test
    void shouldCarryTheRegulatorsNumbersInTheJurisdictionPacks() {
        assertThat(targets(Policies.bundled("uk-fca-disp"), 3))
                .containsExactly("FIRST_RESPONSE 3 WORKING_DAYS", "REGULATORY_DECISION 56 CALENDAR_DAYS");
        assertThat(targets(Policies.bundled("uk-fca-disp-payment-services"), 3))
                .containsExactly("REGULATORY_DECISION 15 WORKING_DAYS");
        assertThat(clock(Policies.bundled("uk-fca-disp-payment-services"), 3, ClockKind.REGULATORY_DECISION)
                .extensions()).isEqualTo(new ExtensionLimit(1, 35));
        assertThat(targets(Policies.bundled("eu-psd2"), 1)).containsExactly("REGULATORY_DECISION 15 WORKING_DAYS");
        assertThat(clock(Policies.bundled("eu-psd2"), 1, ClockKind.REGULATORY_DECISION).extensions())
                .isEqualTo(new ExtensionLimit(1, 35));
        assertThat(targets(Policies.bundled("us-cfpb"), 2))
                .containsExactly("FIRST_RESPONSE 15 CALENDAR_DAYS", "REGULATORY_DECISION 60 CALENDAR_DAYS");
        assertThat(targets(Policies.bundled("au-asic-rg271"), 4)).containsExactly("REGULATORY_DECISION 30 CALENDAR_DAYS");
    }

    @Test
    void shouldReportEveryProblemOfABadPolicyFileAtOnce() {
        String yaml = """
                id: broken
                version: 1
                calendar: CN-mainland
                provisionalTier: 3
                sources: [{title: test}]
                clocks:
                  - kind: RESOLUTION
                    target: {amount: 5, unit: WORKING_DAYS}
                    calendar: XX-nowhere
                    startOn: [RECEIVED]
                    stopOn: [RESOLVED]
                    pauseOn: [AWAITING_CUSTOMER]
                    warningFractions: [0.9, 0.75, 1.5]
                  - kind: ACKNOWLEDGE
                    tiers: [1, 5]
                    target: {amount: 24, unit: HOURS}
                    startOn: [RECEIVED]
                    stopOn: [ACKNOWLEDGED, RECEIVED]
                    extensions: {maxGrants: 1, maxAmount: 48}
                  - kind: ACKNOWLEDGE
                    tiers: [1]
                    target: {amount: 12, unit: HOURS}
                    startOn: [RECEIVED]
                    stopOn: [ACKNOWLEDGED]
                  - kind: ACKNOWLEDGE
                    tiers: [1]
                    target: {amount: 6, unit: HOURS}
                    startOn: [RECEIVED]
                    stopOn: [ACKNOWLEDGED]
                """;

        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(InvalidDefinitionException.class)
                .satisfies(error -> assertThat(((InvalidDefinitionException) error).problems()).containsExactly(
                        "clocks[0] (RESOLUTION): calendar XX-nowhere is not known",
                        "clocks[0] (RESOLUTION): pauseOn and resumeOn must both be given or both be left out",
                        "clocks[0] (RESOLUTION): warningFractions must be in increasing order",
                        "clocks[0] (RESOLUTION): warning fraction 1.5 must lie strictly between 0 and 1",
                        "clocks[1] (ACKNOWLEDGE): RECEIVED appears in more than one of startOn, stopOn, pauseOn, "
                                + "resumeOn",
                        "clocks[1] (ACKNOWLEDGE): only clocks counted in days can be extended, as extensions are "
                                + "granted in days",
                        "clocks[1] (ACKNOWLEDGE): tier 5 is not a tier from 1 to 4",
                        "clocks[3] (ACKNOWLEDGE): tier 1 already has a clock of kind ACKNOWLEDGE"));
    }

    @Test
    void shouldNameTheFileAndLineOfAnUnknownUnit() {
        String yaml = """
                id: broken
                version: 1
                clocks:
                  - kind: RESOLUTION
                    target: {amount: 5, unit: FORTNIGHTS}
                """;

        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("broken.yaml")
                .hasMessageContaining("FORTNIGHTS")
                .hasMessageContaining("line 5");
    }

    private static PolicyPack load(String yaml) {
        return PolicyLoader.load("broken.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                Calendars.catalog());
    }

    private static List<String> targets(PolicyPack pack, int tier) {
        return pack.clocksFor(tier).stream()
                .map(clock -> clock.kind() + " " + clock.target().amount() + " " + clock.target().unit())
                .toList();
    }

    private static ClockPolicy clock(PolicyPack pack, int tier, ClockKind kind) {
        return pack.clocksFor(tier).stream().filter(clock -> clock.kind() == kind).findFirst().orElseThrow();
    }
}
