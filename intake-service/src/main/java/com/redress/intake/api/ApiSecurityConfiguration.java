package com.redress.intake.api;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

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
    ApiKeyAuthenticationProvider apiKeyAuthenticationProvider(ChannelSystemAuthenticator authenticator,
            ApiProperties properties, MeterRegistry meters) {
        return new ApiKeyAuthenticationProvider(authenticator, properties::scopesOf, meters);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeyAuthenticationProvider provider, ApiProperties properties,
            JsonMapper jsonMapper, MeterRegistry meters) throws Exception {
        ProblemWriter problems = new ProblemWriter(jsonMapper);
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, COMPLAINTS).hasAuthority(ApiScope.SUBMIT.authority())
                        // a submitter reads only its own cases: CaseAccess decides which, per case
                        .requestMatchers(HttpMethod.GET, COMPLAINTS + "/*")
                        .hasAnyAuthority(ApiScope.READ.authority(), ApiScope.SUBMIT.authority())
                        .requestMatchers(HttpMethod.POST, COMPLAINTS + "/*/updates")
                        .hasAuthority(ApiScope.UPDATE.authority())
                        .requestMatchers("/api/**").denyAll()
                        .anyRequest().permitAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, exception) -> problems.write(response,
                                Problems.of(HttpStatus.UNAUTHORIZED, Problems.MISSING_API_KEY, "API key required",
                                        "Send the channel system's API key in the " + ApiKeyAuthentication.HEADER
                                                + " header")))
                        .accessDeniedHandler((request, response, exception) -> problems.write(response,
                                Problems.of(HttpStatus.FORBIDDEN, Problems.ACCESS_DENIED, "Access denied",
                                        "This API key may not make this request"))))
                .addFilterBefore(apiKeyFilter(provider, problems), AuthorizationFilter.class)
                // counted once admitted: a refused request uses none of its channel system's rate
                .addFilterAfter(new RateLimitFilter(new ChannelSystemRateLimiter(properties.rateLimit()), problems,
                        meters), AuthorizationFilter.class);
        return http.build();
    }

    /** A path the firewall refuses is answered in problem+json, without echoing it. */
    @Bean
    RequestRejectedHandler problemRequestRejectedHandler(JsonMapper jsonMapper) {
        ProblemWriter problems = new ProblemWriter(jsonMapper);
        return (request, response, rejected) -> problems.write(response, Problems.of(HttpStatus.BAD_REQUEST,
                Problems.MALFORMED_REQUEST, "Malformed request",
                "The request path or a header is not in a form this service accepts"));
    }

    private static AuthenticationFilter apiKeyFilter(ApiKeyAuthenticationProvider provider, ProblemWriter problems) {
        AuthenticationFilter filter = new AuthenticationFilter(new ProviderManager(provider),
                ApiSecurityConfiguration::apiKeyOf);
        filter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
        filter.setSuccessHandler((request, response, authentication) -> {
            // carry on along the chain: nothing to redirect to
        });
        filter.setFailureHandler((request, response, exception) -> problems.write(response,
                Problems.of(HttpStatus.FORBIDDEN, Problems.INVALID_API_KEY, "API key not accepted",
                        "The API key does not belong to any channel system")));
        return filter;
    }

    private static ApiKeyAuthentication apiKeyOf(HttpServletRequest request) {
        String apiKey = request.getHeader(ApiKeyAuthentication.HEADER);
        return apiKey == null || apiKey.isBlank() ? null : ApiKeyAuthentication.unauthenticated(apiKey);
    }
}
