package com.redress.intake.api;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import com.redress.intake.registration.IntakeMetrics;
import com.redress.platform.web.ApiKeyAuthenticationProvider;
import com.redress.platform.web.ApiScope;
import com.redress.platform.web.ApiSecurity;
import com.redress.platform.web.ProblemWriter;

/**
 * Who may reach the REST API, decided by Spring Security on the same decoded, normalised path Spring MVC matches, after
 * its firewall has refused every path spelling that could be read two ways (encoded slashes and dots, {@code ;}
 * parameters, {@code //}, {@code /./}, {@code ..}, backslashes, {@code %00}, {@code %25}): under {@code /api/} only the
 * three endpoints, each only with an API key holding its {@link ApiScope scope}; anything else there is refused. Outside {@code /api/},
 * Spring MVC and the actuator's own exposure settings decide.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class ApiSecurityConfiguration {

    private static final String COMPLAINTS = "/api/v1/complaints";

    @Bean
    ApiKeyAuthenticationProvider apiKeyAuthenticationProvider(ApiProperties properties, MeterRegistry meters) {
        return ApiKeyAuthenticationProvider.of(properties.clients(), meters,
                new ApiKeyAuthenticationProvider.Meter(IntakeMetrics.AUTHENTICATED, IntakeMetrics.TAG_CHANNEL_SYSTEM));
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeyAuthenticationProvider provider, ApiProperties properties,
            ProblemWriter problems, MeterRegistry meters) throws Exception {
        ApiSecurity.stateless(http, problems);
        ApiSecurity.apiKeys(http, provider, problems);
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, COMPLAINTS).hasAuthority(ApiScope.SUBMIT.authority())
                        // a submitter reads only its own cases: CaseAccess decides which, per case
                        .requestMatchers(HttpMethod.GET, COMPLAINTS + "/*")
                        .hasAnyAuthority(ApiScope.READ.authority(), ApiScope.SUBMIT.authority())
                        .requestMatchers(HttpMethod.POST, COMPLAINTS + "/*/updates")
                        .hasAuthority(ApiScope.UPDATE.authority())
                        .requestMatchers("/api/**").denyAll()
                        .anyRequest().permitAll())
                // counted once admitted: a refused request uses none of its channel system's rate
                .addFilterAfter(new RateLimitFilter(new ChannelSystemRateLimiter(properties.rateLimit()), problems,
                        meters), AuthorizationFilter.class)
                .build();
    }
}
