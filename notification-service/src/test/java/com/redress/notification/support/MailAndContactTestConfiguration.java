package com.redress.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

import com.redress.notification.contact.ContactDecryptor;
import com.redress.testkit.suite.JournalledMail;

/**
 * A real SMTP and IMAP server (GreenMail) with a sent-mail journal mailbox, and a local SMS gateway the service sends
 * to, a clock tests can move, and the plain-text contact decryptor.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MailAndContactTestConfiguration {

    /** The journal mailbox every mail is copied to; its address is also its login. */
    public static final String JOURNAL = "journal@archive.bank.example";
    private static final String JOURNAL_PASSWORD = "journal-secret";

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail() {
        return new GreenMail(new ServerSetup[] {ServerSetup.SMTP.dynamicPort(), ServerSetup.IMAP.dynamicPort()});
    }

    @Bean
    JournalledMail journalledMail(GreenMail greenMail) {
        return JournalledMail.of(greenMail, JOURNAL, JOURNAL_PASSWORD);
    }

    @Bean
    DynamicPropertyRegistrar smtpServerProperties(GreenMail greenMail) {
        return registry -> {
            registry.add("spring.mail.host", () -> "127.0.0.1");
            registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
            registry.add("redress.notification.email.journal.bcc", () -> JOURNAL);
            registry.add("redress.notification.email.journal.host", () -> "127.0.0.1");
            registry.add("redress.notification.email.journal.port", () -> greenMail.getImap().getPort());
            registry.add("redress.notification.email.journal.username", () -> JOURNAL);
            registry.add("redress.notification.email.journal.password", () -> JOURNAL_PASSWORD);
            // GreenMail files the copy before it answers the end of the message
            registry.add("redress.notification.email.journal.delay", () -> "0s");
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
