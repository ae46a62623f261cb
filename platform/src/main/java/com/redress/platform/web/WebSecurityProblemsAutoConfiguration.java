package com.redress.platform.web;

import org.apache.catalina.startup.Tomcat;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * What every service's Spring Security shares: the firewall's refusals in problem+json, {@code TRACE} refused by the
 * firewall like any method it does not let through (not echoed by the servlet, nor refused by Tomcat with an
 * {@code Allow} naming every method a servlet could have), and no generated password user.
 */
@AutoConfiguration(after = WebProblemsAutoConfiguration.class, before = UserDetailsServiceAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(SecurityFilterChain.class)
public class WebSecurityProblemsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RequestRejectedHandler problemRequestRejectedHandler(ProblemWriter problems,
            ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
        return new ProblemRequestRejectedHandler(problems, new AllowedMethods(mappings.orderedStream().toList()));
    }

    /**
     * Refuses every authentication, in a service that authenticates nobody (no API keys); without it Spring Boot
     * would make a user with a generated password, and log the password.
     */
    @Bean
    @ConditionalOnMissingBean({AuthenticationManager.class, AuthenticationProvider.class})
    AuthenticationManager noAuthentication() {
        return authentication -> {
            throw new ProviderNotFoundException("This service authenticates nobody");
        };
    }

    /** TRACE let through by Tomcat, so that it reaches the firewall, which refuses it with 405 or 404. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatTraceConfiguration {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> traceToFirewallCustomizer() {
            return factory -> factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
        }
    }
}
