package com.redress.notification.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import com.redress.testkit.WithLocalKafkaStack;

/**
 * The whole service on the real broker and registry, with GreenMail as its SMTP server and the plain-text test
 * contact decryptor; every integration test of the module uses this one set-up so they share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "redress.notification.staff.staff-emails.E10023871=owner@bank.example",
        "redress.notification.staff.unit-managers.BR-310101-003=manager@bank.example",
        "redress.notification.staff.default-manager=desk@bank.example",
        "redress.notification.staff.senior-management=board@bank.example",
        "redress.notification.delivery.initial-back-off=10ms",
        "redress.notification.delivery.max-back-off=10ms",
        "redress.notification.survey.delay=1s",
        "redress.notification.planning.tick=200ms",
        "spring.kafka.streams.state-dir=${java.io.tmpdir}/redress-it/${random.uuid}",
        "redress.notification.survey.signing-key=c2lnbmluZy1rZXktZm9yLXRlc3RzLW9ubHktMzItYnl0ZXM="})
@WithLocalKafkaStack
@Import(MailAndContactTestConfiguration.class)
public @interface NotificationServiceIntegrationTest {
}
