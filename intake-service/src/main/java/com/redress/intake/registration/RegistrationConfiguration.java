package com.redress.intake.registration;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

import com.redress.intake.casenumber.CaseIdentities;
import com.redress.intake.deduplication.RegisteredCases;
import com.redress.intake.normalisation.NormalisationProperties;
import com.redress.intake.normalisation.SubmissionNormaliser;
import com.redress.intake.privacy.CustomerPseudonymiser;
import com.redress.intake.privacy.IdentifierPseudonymiser;
import com.redress.platform.privacy.ContactCipher;

/** Wires registration: normalisation, publishing and metrics. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({NormalisationProperties.class, RegistrationProperties.class})
public class RegistrationConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SubmissionNormaliser submissionNormaliser(NormalisationProperties properties, Clock clock) {
        return new SubmissionNormaliser(properties, clock);
    }

    @Bean
    IntakeMetrics intakeMetrics(MeterRegistry registry) {
        return new IntakeMetrics(registry);
    }

    @Bean
    IntakeEventPublisher intakeEventPublisher(KafkaTemplate<String, SpecificRecord> kafkaTemplate,
            RegistrationProperties properties) {
        return new IntakeEventPublisher(kafkaTemplate, properties.publishTimeout());
    }

    @Bean
    ComplaintRegistrar complaintRegistrar(SubmissionNormaliser normaliser, ContactCipher contactCipher,
            CustomerPseudonymiser pseudonymiser, IdentifierPseudonymiser identifiers, CaseIdentities caseIdentities,
            RegisteredCases registeredCases, IntakeEventPublisher publisher, IntakeMetrics metrics, Clock clock) {
        return new ComplaintRegistrar(normaliser, identifiers,
                new ComplaintRegisteredFactory(contactCipher, pseudonymiser), caseIdentities, registeredCases,
                publisher, metrics, clock);
    }
}
