package com.redress.intake.api;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the REST API's guards: request size first, then the channel system's API key, its rate limit, and the body's
 * encoding.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiConfiguration {

    @Bean
    ChannelSystemAuthenticator channelSystemAuthenticator(ApiProperties properties) {
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
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(ChannelSystemAuthenticator authenticator,
            JsonMapper jsonMapper, MeterRegistry meters) {
        FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(
                new ApiKeyFilter(authenticator, new ProblemWriter(jsonMapper), meters));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(ApiProperties properties, JsonMapper jsonMapper,
            MeterRegistry meters) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(
                new ChannelSystemRateLimiter(properties.rateLimit()), new ProblemWriter(jsonMapper), meters));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Utf8BodyFilter> utf8BodyFilter(JsonMapper jsonMapper) {
        FilterRegistrationBean<Utf8BodyFilter> registration = new FilterRegistrationBean<>(
                new Utf8BodyFilter(new ProblemWriter(jsonMapper)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
        return registration;
    }
}
