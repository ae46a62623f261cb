package com.redress.sla.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.redress.sla.calendar.BusinessCalendar;
import com.redress.sla.calendar.CalendarCatalog;
import com.redress.sla.calendar.CalendarLoader;
import com.redress.sla.policy.PolicyLoader;
import com.redress.sla.policy.PolicyPack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Loads the business calendars and the configured policy pack at start-up; an invalid file fails start-up with a
 * message naming the file and every problem in it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlaProperties.class)
class SlaDefinitionsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SlaDefinitionsConfiguration.class);

    @Bean
    CalendarCatalog calendarCatalog(SlaProperties properties, ResourcePatternResolver resources) throws IOException {
        List<BusinessCalendar> calendars = new ArrayList<>();
        for (Resource resource : resources.getResources(properties.calendars())) {
            calendars.add(CalendarLoader.load(resource.getDescription(), open(resource)));
        }
        if (calendars.isEmpty()) {
            throw new IllegalStateException("No calendar files found at " + properties.calendars());
        }
        calendars.forEach(calendar -> log.info("Calendar {} ({}) knows holidays from {} to {}", calendar.id(),
                calendar.zone(), calendar.coveredFrom(), calendar.coveredUntil()));
        return new CalendarCatalog(calendars);
    }

    @Bean
    PolicyPack policyPack(SlaProperties properties, ResourcePatternResolver resources, CalendarCatalog calendars) {
        Resource resource = resources.getResource(properties.policyPack());
        PolicyPack pack = PolicyLoader.load(resource.getDescription(), open(resource), calendars);
        log.info("Running SLA policy pack {} ({})", pack.policyId(), pack.name());
        return pack;
    }

    private static InputStream open(Resource resource) {
        try {
            return resource.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open SLA definition " + resource.getDescription(), e);
        }
    }
}
