package com.redress.sla.config;

import java.time.Clock;

import com.redress.sla.calendar.BusinessCalendar;
import com.redress.sla.calendar.CalendarCatalog;
import com.redress.sla.calendar.CurrentCalendars;
import com.redress.sla.metrics.CalendarMetrics;
import com.redress.sla.policy.PolicyLoader;
import com.redress.sla.policy.PolicyPack;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Loads the business calendars and the configured policy pack at start-up, and keeps the calendars current while the
 * service runs; an invalid file fails start-up with a message naming the file and every problem in it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlaProperties.class)
class SlaDefinitionsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SlaDefinitionsConfiguration.class);

    @Bean
    CalendarFiles calendarFiles(SlaProperties properties, ResourcePatternResolver resources) {
        return new CalendarFiles(resources, properties.calendars());
    }

    @Bean
    CurrentCalendars currentCalendars(CalendarFiles files) {
        CalendarCatalog catalog = files.read();
        for (BusinessCalendar calendar : catalog.all()) {
            log.info("Calendar {} version {} ({}) knows holidays from {} to {}, provisional {}", calendar.id(),
                    calendar.version(), calendar.zone(), calendar.coveredFrom(), calendar.coveredUntil(),
                    calendar.provisional());
        }
        return new CurrentCalendars(catalog);
    }

    @Bean
    PolicyPack policyPack(SlaProperties properties, ResourcePatternResolver resources, CurrentCalendars calendars) {
        Resource resource = resources.getResource(properties.policyPack());
        PolicyPack pack = PolicyLoader.load(resource.getDescription(), CalendarFiles.open(resource),
                calendars.catalog());
        log.info("Running SLA policy pack {} ({}) on calendars {}", pack.policyId(), pack.name(), pack.calendarIds());
        return pack;
    }

    @Bean
    CalendarMetrics calendarMetrics(MeterRegistry registry, CurrentCalendars calendars, PolicyPack pack) {
        return new CalendarMetrics(registry, calendars, pack.calendarIds(), Clock.systemUTC());
    }

    @Bean
    CalendarReloader calendarReloader(CalendarFiles files, CurrentCalendars calendars, PolicyPack pack,
            CalendarMetrics metrics, SlaProperties properties) {
        return new CalendarReloader(files, calendars, pack.calendarIds(), metrics, properties.calendarRefresh());
    }
}
