package com.redress.sla.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.redress.sla.definition.InvalidDefinitionException;
import com.redress.sla.policy.PolicyPack;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SlaDefinitionsConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(SlaDefinitionsConfiguration.class)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    @Test
    void shouldRunTheDefaultPackOnTheBundledCalendars() {
        context.run(started -> assertThat(started.getBean(PolicyPack.class).policyId())
                .isEqualTo("redress-default@1"));
    }

    @Test
    void shouldRefuseToStartWithAPolicyFileThatNamesAnUnknownCalendar() {
        context.withPropertyValues("redress.sla.policy-pack=classpath:policies/unknown-calendar.yaml")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .hasRootCauseInstanceOf(InvalidDefinitionException.class)
                        .rootCause()
                        .hasMessageContaining("policies/unknown-calendar.yaml")
                        .hasMessageContaining("clocks[0] (RESOLUTION): calendar XX-nowhere is not known"));
    }
}
