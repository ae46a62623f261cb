package com.redress.platform.deadletter;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a listener retries a failing record before it becomes a dead letter.
 *
 * @param retries         further attempts after the first, for errors that may pass (never for unreadable records)
 * @param initialInterval wait before the first retry; doubled each time
 * @param maxInterval     longest wait between retries
 */
@ConfigurationProperties("redress.dead-letter")
public record DeadLetterProperties(
        @DefaultValue("2") int retries,
        @DefaultValue("500ms") Duration initialInterval,
        @DefaultValue("5s") Duration maxInterval) {
}
