package com.redress.sla.query;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.redress.platform.web.ApiKeyAuthenticationProvider;
import com.redress.platform.web.ApiScope;
import com.redress.platform.web.ApiSecurity;
import com.redress.platform.web.ProblemWriter;
import com.redress.sla.metrics.SlaMetricNames;

/**
 * Who may reach the query API: its two endpoints only with an API key holding the {@code read} scope (they show case
 * ids, deadlines and who the at-risk cases escalate to); anything else under {@code /api/} is refused. Outside
 * {@code /api/}, Spring MVC and the actuator's own exposure settings decide.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SlaApiProperties.class)
class SlaApiSecurityConfiguration {

    @Bean
    ApiKeyAuthenticationProvider apiKeyAuthenticationProvider(SlaApiProperties properties, MeterRegistry meters) {
        return ApiKeyAuthenticationProvider.of(properties.clients(), meters,
                new ApiKeyAuthenticationProvider.Meter(SlaMetricNames.API_AUTHENTICATED, SlaMetricNames.TAG_CLIENT));
    }

    @Bean
    SecurityFilterChain slaApiSecurity(HttpSecurity http, ApiKeyAuthenticationProvider provider,
            ProblemWriter problems) throws Exception {
        ApiSecurity.stateless(http, problems);
        ApiSecurity.apiKeys(http, provider, problems);
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, ClockQueryController.CASE_CLOCKS,
                                ClockQueryController.AT_RISK)
                        .hasAuthority(ApiScope.READ.authority())
                        .requestMatchers("/api/**").denyAll()
                        .anyRequest().permitAll())
                .build();
    }
}
