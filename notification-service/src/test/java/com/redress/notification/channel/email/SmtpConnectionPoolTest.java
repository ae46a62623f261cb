package com.redress.notification.channel.email;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.redress.testkit.fault.OutageProxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pooled SMTP connections against a real SMTP server (GreenMail), reached through a proxy that counts connections. */
class SmtpConnectionPoolTest {

    private GreenMail smtp;
    private OutageProxy proxy;

    @BeforeEach
    void startSmtpServer() {
        smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());
        smtp.start();
        proxy = OutageProxy.to("smtp", smtp.getSmtp().getPort());
    }

    @AfterEach
    void stopSmtpServer() {
        proxy.close();
        smtp.stop();
    }

    @Test
    void shouldSendMessageAfterMessageOverOneConnection() throws Exception {
        try (SmtpConnectionPool pool = pool(4, Duration.ofSeconds(5))) {
            for (int n = 1; n <= 5; n++) {
                pool.send(message(pool, n));
            }

            assertThat(smtp.getReceivedMessages()).hasSize(5);
            assertThat(proxy.forwardedConnections()).isEqualTo(1);
            assertThat(pool.openConnections()).isEqualTo(1);
        }
    }

    @Test
    void shouldReportItsConnectionsAsAGauge() throws Exception {
        try (SmtpConnectionPool pool = pool(4, Duration.ofSeconds(5))) {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            pool.bindTo(registry);

            pool.send(message(pool, 1));

            assertThat(registry.get(SmtpConnectionPool.CONNECTIONS_METRIC).tag("state", "idle").gauge().value())
                    .isEqualTo(1.0);
            assertThat(registry.get(SmtpConnectionPool.CONNECTIONS_METRIC).tag("state", "active").gauge().value())
                    .isZero();
        }
    }

    @Test
    void shouldKeepTheMessageIdItWasGiven() throws Exception {
        try (SmtpConnectionPool pool = pool(1, Duration.ofSeconds(5))) {
            pool.send(message(pool, 1));

            assertThat(smtp.getReceivedMessages()[0].getMessageID()).isEqualTo("<message-1@test.example>");
        }
    }

    @Test
    void shouldOpenNoMoreConnectionsThanItsMaximumWhileSendersWait() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(6);
        try (SmtpConnectionPool pool = pool(2, Duration.ofSeconds(5))) {
            List<Future<?>> sends = new ArrayList<>();
            for (int n = 1; n <= 30; n++) {
                int number = n;
                sends.add(senders.submit(() -> {
                    pool.send(message(pool, number));
                    return null;
                }));
            }
            for (Future<?> send : sends) {
                send.get();
            }

            assertThat(smtp.getReceivedMessages()).hasSize(30);
            assertThat(proxy.forwardedConnections()).isBetween(1L, 2L);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void shouldReplaceAConnectionThatFailedWithANewOne() throws Exception {
        try (SmtpConnectionPool pool = pool(1, Duration.ofMinutes(5))) {
            pool.send(message(pool, 1));

            // Given the server dropped the pooled connection, too recently for a NOOP check before reuse
            proxy.refuse();
            proxy.restore();

            // Then the send on it fails, the connection is discarded and the next send opens a new one
            assertThatThrownBy(() -> pool.send(message(pool, 2))).isInstanceOf(MessagingException.class);
            pool.send(message(pool, 3));

            assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getMessageID)
                    .containsExactly("<message-1@test.example>", "<message-3@test.example>");
            assertThat(proxy.forwardedConnections()).isEqualTo(2);
        }
    }

    @Test
    void shouldCheckAConnectionIdleForAWhileBeforeUsingIt() throws Exception {
        try (SmtpConnectionPool pool = pool(1, Duration.ZERO)) {
            pool.send(message(pool, 1));

            // Given the server dropped the pooled connection while it was idle
            proxy.refuse();
            proxy.restore();

            // Then the NOOP check finds it dead and the message goes over a new connection
            pool.send(message(pool, 2));

            assertThat(smtp.getReceivedMessages()).hasSize(2);
            assertThat(proxy.forwardedConnections()).isEqualTo(2);
        }
    }

    @Test
    void shouldReportAServerRefusingConnections() {
        try (SmtpConnectionPool pool = pool(1, Duration.ofSeconds(5))) {
            proxy.refuse();

            assertThatThrownBy(() -> pool.send(message(pool, 1))).isInstanceOf(MessagingException.class);
            assertThat(pool.openConnections()).isZero();
        }
    }

    private SmtpConnectionPool pool(int maxConnections, Duration idleCheckAfter) {
        JavaMailSenderImpl settings = new JavaMailSenderImpl();
        settings.setHost("127.0.0.1");
        settings.setPort(proxy.port());
        settings.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        settings.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return new SmtpConnectionPool(settings, new EmailProperties.Connections(maxConnections,
                Duration.ofSeconds(10), idleCheckAfter, Duration.ofMinutes(1)));
    }

    private static MimeMessage message(SmtpConnectionPool pool, int number) throws MessagingException {
        MimeMessage message = pool.createMessage();
        message.setFrom(new InternetAddress("complaints@bank.example"));
        message.setRecipients(MimeMessage.RecipientType.TO, "customer-" + number + "@example.com");
        message.setSubject("Message " + number);
        message.setText("Body " + number);
        message.setHeader("Message-ID", "<message-" + number + "@test.example>");
        return message;
    }
}
