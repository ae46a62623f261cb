package com.redress.grading.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import com.redress.grading.rules.RuleFileException;

class RuleFileFailureAnalyzerTest {

    @Test
    void shouldReportFileLineAndReasonOfBadRuleFile() {
        RuleFileException cause = new RuleFileException("file:/etc/redress/grading-rules.yml", 42,
                "tiers.amounts[0].tier: must be between 1 and 4, was 7");

        FailureAnalysis analysis = new RuleFileFailureAnalyzer().analyze(new IllegalStateException(cause));

        assertThat(analysis.getDescription()).isEqualTo("The grading rule file file:/etc/redress/grading-rules.yml "
                + "is invalid at line 42: tiers.amounts[0].tier: must be between 1 and 4, was 7");
        assertThat(analysis.getAction()).startsWith("Correct line 42 of file:/etc/redress/grading-rules.yml");
    }
}
