package com.redress.notification.survey;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.redress.platform.web.ApiSecurity;
import com.redress.platform.web.ProblemWriter;

/**
 * Who may reach notification-service over HTTP: anyone may post a survey answer, since the signed token in its path
 * is the credential (checked by {@link SurveyTokens}); within a rate per client address. Anything else under
 * {@code /api/} is refused; outside it, Spring MVC and the actuator's own exposure settings decide. The platform's
 * firewall, size limit, UTF-8 check and problem+json errors apply as to every service.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SurveySecurityConfiguration {

    static final String SURVEY_ANSWER = "/api/v1/surveys/*";
    /** Asked by the instance that takes an answer of the one holding the case, with the same token as credential. */
    static final String SURVEY_STATE = "/api/v1/surveys/*/state";

    @Bean
    SecurityFilterChain surveySecurity(HttpSecurity http, ProblemWriter problems, SurveyProperties properties,
            MeterRegistry meters) throws Exception {
        RequestMatcher surveyAnswers = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SURVEY_ANSWER);
        ApiSecurity.stateless(http, problems);
        RequestMatcher surveyStates = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, SURVEY_STATE);
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(surveyAnswers).permitAll()
                        .requestMatchers(surveyStates).permitAll()
                        .requestMatchers("/api/**").denyAll()
                        .anyRequest().permitAll())
                .addFilterAfter(new SurveyRateLimitFilter(surveyAnswers, new AddressRateLimiter(properties.rateLimit()),
                        problems, meters), AuthorizationFilter.class)
                .build();
    }
}
