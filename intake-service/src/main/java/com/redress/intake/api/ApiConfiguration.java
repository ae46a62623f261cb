package com.redress.intake.api;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.redress.platform.web.RequestLimitsCustomizer;

/**
 * The REST API's configuration: {@code redress.intake.api.*}, whose request size limit the platform's size filter
 * applies to every request.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiConfiguration {

    @Bean
    RequestLimitsCustomizer intakeRequestSize(ApiProperties properties) {
        return limits -> limits.withMaxRequestSize(properties.maxRequestSize());
    }
}
