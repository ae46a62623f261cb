package com.redress.grading.config;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import com.redress.grading.rules.RuleFileException;
import com.redress.grading.rules.RuleSet;
import com.redress.grading.rules.RuleSetLoader;

/** Loads and validates the grading rule file at start-up; a missing or invalid file stops the service. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GradingProperties.class)
class RuleSetConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RuleSetConfiguration.class);

    @Bean
    RuleSet gradingRuleSet(GradingProperties properties, ResourceLoader resourceLoader) {
        String location = properties.rulesLocation();
        Resource resource = resourceLoader.getResource(location);
        if (!resource.exists()) {
            throw new RuleFileException(location, 1, "the rule file does not exist");
        }
        try (InputStream in = resource.getInputStream()) {
            RuleSet rules = RuleSetLoader.load(location, in);
            log.info("Grading rule set {} loaded from {}: {} category rules, {} signal rules, {} surge rules",
                    rules.version(), location, rules.categoryPhrases().size(), rules.tiers().signals().size(),
                    rules.surges().size());
            return rules;
        } catch (IOException e) {
            throw new RuleFileException(location, 1, "cannot be read: " + e.getMessage(), e);
        }
    }
}
