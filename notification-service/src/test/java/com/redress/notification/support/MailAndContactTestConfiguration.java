package com.redress.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

import com.redress.notification.contact.ContactDecryptor;

/**
 * A real SMTP server (GreenMail) and a local SMS gateway the service sends to, a clock tests can move, and the
 * plain-text contact decryptor.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MailAndContactTestConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail() {
        return new GreenMail(ServerSetup.SMTP.dynamicPort());
    }

    @Bean
    DynamicPropertyRegistrar smtpServerProperties(GreenMail greenMail) {
        return registry -> {
            registry.add("spring.mail.host", () -> "127.0.0.1");
            registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
        };
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    SmsProviderFake smsProvider() {
        return new SmsProviderFake();
    }

    @Bean
    DynamicPropertyRegistrar smsProviderProperties(SmsProviderFake smsProvider) {
        return registry -> {
            registry.add("redress.notification.providers.sms.endpoint", () -> smsProvider.endpoint().toString());
            registry.add("redress.notification.providers.sms.api-key", () -> "sms-test-key");
        };
    }

    /** Lets a test move the service's time, e.g. into and out of quiet hours. */
    @Bean
    @Primary
    AdjustableClock adjustableClock() {
        return new AdjustableClock();
    }

    @Bean
    ContactDecryptor plaintextContactDecryptor() {
        return new PlaintextContactDecryptor();
    }
}
