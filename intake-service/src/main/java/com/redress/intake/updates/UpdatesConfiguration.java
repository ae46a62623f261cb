package com.redress.intake.updates;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.redress.intake.deduplication.RegisteredCases;
import com.redress.intake.normalisation.NormalisationProperties;
import com.redress.intake.registration.IntakeEventPublisher;

/** Wires the forwarding of case updates. */
@Configuration(proxyBeanMethods = false)
public class UpdatesConfiguration {

    @Bean
    CaseUpdateService caseUpdateService(RegisteredCases registeredCases, IntakeEventPublisher publisher, Clock clock,
            NormalisationProperties normalisation) {
        return new CaseUpdateService(registeredCases, publisher, clock, normalisation.allowedClockSkew());
    }
}
