package com.redress.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

import com.redress.notification.contact.ContactDecryptor;

/** A real SMTP server (GreenMail) the service sends to, and the plain-text contact decryptor. */
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

    @Bean
    ContactDecryptor plaintextContactDecryptor() {
        return new PlaintextContactDecryptor();
    }
}
