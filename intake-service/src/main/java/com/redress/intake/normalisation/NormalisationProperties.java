package com.redress.intake.normalisation;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How intake reads what channel systems leave implicit, and the limits it enforces.
 *
 * @param defaultZone      zone of a complaint whose channel did not say where it was received
 * @param defaultCurrency  currency of an amount written without one, e.g. {@code 3200}
 * @param maxTextLength    longest complaint text accepted, in characters after normalisation
 * @param allowedClockSkew how far in the future a channel's receipt time may lie before it is rejected
 * @param maxReceivedAge   how far in the past a receipt time may lie: older ones are a channel's bug (an unset clock,
 *                         a zero epoch), not a complaint that can still be handled in time
 */
@ConfigurationProperties("redress.intake.normalisation")
public record NormalisationProperties(
        @DefaultValue("Asia/Shanghai") ZoneId defaultZone,
        @DefaultValue("CNY") String defaultCurrency,
        @DefaultValue("20000") int maxTextLength,
        @DefaultValue("5m") Duration allowedClockSkew,
        @DefaultValue("5y") Period maxReceivedAge) {
}
