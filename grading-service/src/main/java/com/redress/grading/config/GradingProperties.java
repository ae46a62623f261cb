package com.redress.grading.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the grading service.
 *
 * @param rulesLocation where the grading rule file is, as a Spring resource location (classpath:, file:)
 */
@ConfigurationProperties("redress.grading")
public record GradingProperties(@DefaultValue("classpath:grading-rules.yml") String rulesLocation) {
}
