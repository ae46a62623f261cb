package com.redress.sla.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the SLA service ({@code redress.sla.*}): which policy pack runs, where the calendars are, and how the
 * clock processor ticks.
 *
 * @param policyPack the policy file to run, e.g. {@code classpath:policies/uk-fca-disp.yaml} or {@code file:/etc/…}
 * @param calendars where the calendar files are; every file found is loaded and validated
 * @param calendarRefresh how often the calendar files are read again to put a new version in force; zero: never
 * @param tick how often due warnings and breaches are looked for
 * @param onTimeTolerance how late after its moment a warning or breach may be published without being flagged late
 * @param maxDuePerTick at most this many thresholds are published per tick and task; the rest follow on the next
 */
@ConfigurationProperties("redress.sla")
public record SlaProperties(
        @DefaultValue("classpath:policies/redress-default.yaml") String policyPack,
        @DefaultValue("classpath*:calendars/*.yaml") String calendars,
        @DefaultValue("1m") Duration calendarRefresh,
        @DefaultValue("500ms") Duration tick,
        @DefaultValue("2s") Duration onTimeTolerance,
        @DefaultValue("10000") int maxDuePerTick) {
}
