package com.redress.intake.registration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How intake writes its events.
 *
 * @param publishTimeout longest wait for the broker to acknowledge an event before the request fails with 503
 */
@ConfigurationProperties("redress.intake.registration")
public record RegistrationProperties(@DefaultValue("10s") Duration publishTimeout) {
}
