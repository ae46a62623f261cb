package com.redress.grading.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.redress.grading.topology.CaseRetention;

/**
 * Configuration of the grading service.
 *
 * @param rulesLocation where the grading rule file is, as a Spring resource location (classpath:, file:)
 * @param retention     how long per-case state is kept once a case is closed
 */
@ConfigurationProperties("redress.grading")
public record GradingProperties(@DefaultValue("classpath:grading-rules.yml") String rulesLocation,
        @DefaultValue Retention retention) {

    /**
     * @param afterClosure how long after a case is closed its state is deleted, unless it is reopened first
     * @param scanInterval how often expired state is looked for
     */
    public record Retention(@DefaultValue("P30D") Duration afterClosure, @DefaultValue("PT1H") Duration scanInterval) {

        public CaseRetention toCaseRetention() {
            return new CaseRetention(afterClosure, scanInterval);
        }
    }
}
