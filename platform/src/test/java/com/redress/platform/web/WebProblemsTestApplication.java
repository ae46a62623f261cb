package com.redress.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A small service built as the real ones are: an API under {@code /api/} behind API keys with scopes, on Tomcat, with
 * the platform's web problems; none of the platform's Kafka parts.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class, HttpEncodingAutoConfiguration.class,
        SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
        WebProblemsAutoConfiguration.class, WebSecurityProblemsAutoConfiguration.class})
class WebProblemsTestApplication {

    static final String READER_KEY = "reader-key";
    static final String WRITER_KEY = "writer-key";
    static final String WRITER_NEW_KEY = "writer-key-new";
    static final ApiKeyAuthenticationProvider.Meter METER =
            new ApiKeyAuthenticationProvider.Meter("test.api.authenticated", "client");

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Bean
    ApiKeyAuthenticationProvider apiKeyAuthenticationProvider(MeterRegistry meters) {
        return ApiKeyAuthenticationProvider.of(new ApiClients("test.api",
                Map.of("reader", List.of(ApiKeys.hashOf(READER_KEY)),
                        "writer", List.of(ApiKeys.hashOf(WRITER_KEY), ApiKeys.hashOf(WRITER_NEW_KEY))),
                Map.of("reader", Set.of(ApiScope.READ), "writer", Set.of(ApiScope.UPDATE)),
                Set.of()), meters, METER);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeyAuthenticationProvider provider, ProblemWriter problems)
            throws Exception {
        ApiSecurity.stateless(http, problems);
        ApiSecurity.apiKeys(http, provider, problems);
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/things/*").hasAuthority(ApiScope.READ.authority())
                        .requestMatchers(HttpMethod.POST, "/api/things").hasAuthority(ApiScope.UPDATE.authority())
                        .requestMatchers("/api/**").denyAll()
                        .anyRequest().permitAll())
                .build();
    }

    /** The API: read a thing, add one; a thing named "broken" fails unexpectedly. */
    @RestController
    static class Things {

        @GetMapping(path = "/api/things/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        Map<String, Object> thing(@PathVariable String id, @RequestParam(defaultValue = "1") int copies) {
            if (id.equals("broken")) {
                throw new IllegalStateException("broken thing " + id);
            }
            return Map.of("id", id, "copies", copies);
        }

        @PostMapping(path = "/api/things", consumes = MediaType.APPLICATION_JSON_VALUE,
                produces = MediaType.APPLICATION_JSON_VALUE)
        Map<String, Object> add(@RequestBody Map<String, Object> thing) {
            return thing;
        }

        /** A thing nobody has, answered as the actuator answers a health component nobody has: a bare 404. */
        @GetMapping(path = "/open/missing", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Map<String, Object>> missing() {
            return ResponseEntity.notFound().build();
        }

        /** Outside the API: open to anyone, as the actuator's health is. */
        @GetMapping(path = "/open", produces = MediaType.APPLICATION_JSON_VALUE)
        Map<String, Object> open() {
            return Map.of("status", "UP");
        }
    }
}
