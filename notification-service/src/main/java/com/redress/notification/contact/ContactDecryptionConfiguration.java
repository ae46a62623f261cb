package com.redress.notification.contact;

import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.redress.platform.privacy.ContactCipher;
import com.redress.platform.privacy.ContactKeyProperties;

/**
 * Decrypts customers' contacts with the platform's contact cipher once the deployment names the active contact key;
 * without it the dispatcher falls back to {@link UnconfiguredContactDecryptor}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("redress.privacy.active-contact-key-id")
@EnableConfigurationProperties(ContactKeyProperties.class)
class ContactDecryptionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ContactDecryptionConfiguration.class);

    @Bean
    ContactCipher contactCipher(ContactKeyProperties properties) {
        ContactCipher cipher = new ContactCipher(properties);
        log.info("Customer contacts are decrypted with the contact keys {}",
                new TreeSet<>(properties.contactKeys().keySet()));
        return cipher;
    }

    @Bean
    ContactDecryptor contactDecryptor(ContactCipher contactCipher) {
        return new CipherContactDecryptor(contactCipher);
    }
}
