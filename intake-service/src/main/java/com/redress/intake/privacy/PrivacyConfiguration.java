package com.redress.intake.privacy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.redress.platform.privacy.ContactCipher;
import com.redress.platform.privacy.ContactKeyProperties;

/**
 * Wires intake's personal-data protection: the platform's contact cipher over {@code redress.privacy.*}, the customer
 * and identifier pseudonymisers over {@code redress.intake.privacy.*}; each refuses to start without its key.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ContactKeyProperties.class, PrivacyProperties.class})
public class PrivacyConfiguration {

    @Bean
    ContactCipher contactCipher(ContactKeyProperties properties) {
        return new ContactCipher(properties);
    }

    @Bean
    CustomerPseudonymiser customerPseudonymiser(PrivacyProperties properties) {
        return new CustomerPseudonymiser(properties);
    }

    @Bean
    IdentifierPseudonymiser identifierPseudonymiser(PrivacyProperties properties) {
        return new IdentifierPseudonymiser(properties);
    }
}
