package com.redress.intake.casenumber;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the derivation of case ids; refuses to start without the deployment's case-id key. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseIdProperties.class)
public class CaseIdConfiguration {

    @Bean
    CaseIdentities caseIdentities(CaseIdProperties properties) {
        return new CaseIdentities(properties);
    }
}
