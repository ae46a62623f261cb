package com.redress.grading.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.redress.grading.ProductionRules;
import com.redress.grading.rules.RuleFileException;
import com.redress.grading.rules.RuleSet;

class RuleSetConfigurationTest {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withUserConfiguration(RuleSetConfiguration.class);

    @Test
    void shouldLoadShippedRuleFileByDefault() {
        contextRunner.run(context -> assertThat(context.getBean(RuleSet.class).version())
                .isEqualTo(ProductionRules.load().version()));
    }

    @Test
    void shouldStopStartUpNamingFileLineAndReasonOfBadRule() {
        contextRunner.withPropertyValues("redress.grading.rules-location=classpath:rules/unknown-category.yml")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause()
                        .isInstanceOf(RuleFileException.class)
                        .hasMessageStartingWith("classpath:rules/unknown-category.yml:6: "
                                + "categories.phrases[0].category: unknown Category 'FEES'"));
    }

    @Test
    void shouldStopStartUpWhenRuleFileIsMissing() {
        contextRunner.withPropertyValues("redress.grading.rules-location=file:/nonexistent/grading-rules.yml")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessage("file:/nonexistent/grading-rules.yml:1: the rule file does not exist"));
    }
}
