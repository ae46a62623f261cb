package com.redress.grading.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.redress.platform.web.ApiSecurity;
import com.redress.platform.web.ProblemWriter;

/**
 * Who may reach grading-service over HTTP: it has no API, so everything under {@code /api/} is refused; the actuator's
 * own exposure settings decide the rest (health and Prometheus only). The platform's firewall and problem+json errors
 * apply as to every service.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class GradingSecurityConfiguration {

    @Bean
    SecurityFilterChain gradingSecurity(HttpSecurity http, ProblemWriter problems) throws Exception {
        ApiSecurity.stateless(http, problems);
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/**").denyAll()
                        .anyRequest().permitAll())
                .build();
    }
}
