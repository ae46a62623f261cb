package com.redress.intake.api;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the REST API's servlet filters around Spring Security's ({@link ApiSecurityConfiguration}): the request size
 * first, for every request, then, once a request is admitted, the body's encoding.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiConfiguration {

    @Bean
    ChannelSystemAuthenticator channelSystemAuthenticator(ApiProperties properties) {
        properties.validateScopes();
        return new ChannelSystemAuthenticator(properties.apiKeySha256());
    }

    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(ApiProperties properties, JsonMapper jsonMapper) {
        FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeFilter(properties.maxRequestSize().toBytes(), new ProblemWriter(jsonMapper)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Utf8BodyFilter> utf8BodyFilter(JsonMapper jsonMapper) {
        FilterRegistrationBean<Utf8BodyFilter> registration = new FilterRegistrationBean<>(
                new Utf8BodyFilter(new ProblemWriter(jsonMapper)));
        // after Spring Security's filters (order -100), so that only requests it admitted have their body checked
        registration.setOrder(0);
        return registration;
    }
}
