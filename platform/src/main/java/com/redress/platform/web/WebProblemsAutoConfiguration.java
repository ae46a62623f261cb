package com.redress.platform.web;

import java.util.List;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error a service answers over HTTP is problem+json, wherever it arises: Spring MVC's own errors, an error status
 * set without a body, the error page (in place of Boot's), Tomcat's error report; and every request body is held to a
 * size limit and, when JSON, to UTF-8.
 */
@AutoConfiguration(before = {ErrorMvcAutoConfiguration.class, WebMvcAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@EnableConfigurationProperties(RequestLimits.class)
public class WebProblemsAutoConfiguration {

    /** Order of the size filter: before everything else, Spring Security's chain (-100) included. */
    static final int REQUEST_SIZE_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
    /** Order of the empty-error filter: around Spring Security's chain and everything after it. */
    static final int EMPTY_ERROR_BODY_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;
    /** Order of the UTF-8 filter: after Spring Security's chain, so only admitted requests have their body read. */
    static final int UTF8_BODY_ORDER = 0;

    @Bean
    @ConditionalOnMissingBean
    ProblemWriter problemWriter(ObjectProvider<JsonMapper> jsonMapper) {
        return new ProblemWriter(jsonMapper.getIfAvailable(JsonMapper::shared));
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController(ProblemWriter problems) {
        return new ProblemErrorController(problems);
    }

    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    DefaultProblemExceptionHandler defaultProblemExceptionHandler() {
        return new DefaultProblemExceptionHandler();
    }

    @Bean
    ProblemInstanceAdvice problemInstanceAdvice() {
        return new ProblemInstanceAdvice();
    }

    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(RequestLimits limits,
            ObjectProvider<RequestLimitsCustomizer> customizers, ProblemWriter problems) {
        RequestLimits effective = limits;
        for (RequestLimitsCustomizer customizer : customizers.orderedStream().toList()) {
            effective = customizer.customize(effective);
        }
        FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeFilter(effective.maxRequestSize().toBytes(), problems));
        registration.setOrder(REQUEST_SIZE_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EmptyErrorBodyFilter> emptyErrorBodyFilter(ProblemWriter problems) {
        FilterRegistrationBean<EmptyErrorBodyFilter> registration = new FilterRegistrationBean<>(
                new EmptyErrorBodyFilter(problems));
        registration.setOrder(EMPTY_ERROR_BODY_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Utf8BodyFilter> utf8BodyFilter(ProblemWriter problems) {
        FilterRegistrationBean<Utf8BodyFilter> registration = new FilterRegistrationBean<>(new Utf8BodyFilter(problems));
        registration.setOrder(UTF8_BODY_ORDER);
        return registration;
    }

    /** Tomcat's error report valve replaced by {@link ProblemReportValve}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatProblemsConfiguration {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValveCustomizer(ProblemWriter problems) {
            return new ProblemReportValveCustomizer(problems);
        }
    }

    /**
     * Puts {@link ProblemReportValve} on the host as its only error report valve. Runs after Spring Boot's own
     * customizer, which adds a plain {@link ErrorReportValve} there, and names the valve's class on the host so
     * Tomcat adds none of its own when the host starts.
     */
    static final class ProblemReportValveCustomizer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final ProblemWriter problems;

        ProblemReportValveCustomizer(ProblemWriter problems) {
            this.problems = problems;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : List.of(host.getPipeline().getValves())) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                host.getPipeline().addValve(new ProblemReportValve(problems));
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
