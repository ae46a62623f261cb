package com.redress.notification.channel.email;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.redress.events.common.NotificationChannel;
import com.redress.events.notification.MessageKind;
import com.redress.notification.channel.OutgoingMessage;
import com.redress.notification.channel.TransientSendException;
import com.redress.notification.delivery.DeliveryKey;
import com.redress.notification.template.RenderedEmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SMTP sender against a real SMTP server (GreenMail, in-process). */
class SmtpEmailSenderTest {

    private static final DeliveryKey KEY = new DeliveryKey("case-1", "0b7c4f0e-2a61-4a8e-9d1e-3c2f8f1b5a10",
            MessageKind.ACKNOWLEDGEMENT, NotificationChannel.EMAIL);
    private static final EmailProperties PROPERTIES = new EmailProperties("complaints@bank.example",
            "notification.bank.example",
            new EmailProperties.Connections(2, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(60)),
            new EmailProperties.Journal(null, "imap", null, 143, null, null, "INBOX", Duration.ofSeconds(30),
                    Duration.ofSeconds(10)));
    private static final RenderedEmail EMAIL = new RenderedEmail("您的投诉已受理", "纯文本正文", "<p>HTML 正文</p>");

    private GreenMail smtp;
    private final List<SmtpConnectionPool> pools = new ArrayList<>();

    @BeforeEach
    void startSmtpServer() {
        smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stopSmtpServer() {
        pools.forEach(SmtpConnectionPool::close);
        smtp.stop();
    }

    @Test
    void shouldSendTextAndHtmlAlternativesFromTheConfiguredSender() throws Exception {
        sender(smtp.getSmtp().getPort()).send(new OutgoingMessage(KEY, List.of("customer@example.com"), EMAIL));

        MimeMessage received = single();
        assertThat(received.getSubject()).isEqualTo("您的投诉已受理");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("complaints@bank.example");
        assertThat(GreenMailUtil.getBody(received)).contains("multipart/alternative");
        assertThat(bodyParts(received)).contains("纯文本正文", "<p>HTML 正文</p>");
    }

    @Test
    void shouldDeriveTheMessageIdFromTheDeliveryKey() throws Exception {
        String providerId = sender(smtp.getSmtp().getPort())
                .send(new OutgoingMessage(KEY, List.of("customer@example.com"), EMAIL));

        assertThat(single().getMessageID()).isEqualTo(providerId).isEqualTo(MessageIds.of(KEY, "notification.bank.example"))
                .matches("<[0-9a-f]{40}@notification\\.bank\\.example>");
    }

    @Test
    void shouldGiveAResentMessageTheSameMessageId() throws Exception {
        SmtpEmailSender sender = sender(smtp.getSmtp().getPort());

        sender.send(new OutgoingMessage(KEY, List.of("customer@example.com"), EMAIL));
        sender.send(new OutgoingMessage(KEY, List.of("customer@example.com"), EMAIL));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getMessageID()).isEqualTo(received[1].getMessageID());
    }

    @Test
    void shouldGiveAnotherMessageOfTheSameCaseAnotherMessageId() {
        DeliveryKey result = new DeliveryKey(KEY.caseId(), KEY.eventId(), MessageKind.RESULT, NotificationChannel.EMAIL);

        assertThat(MessageIds.of(result, "d")).isNotEqualTo(MessageIds.of(KEY, "d"));
    }

    @Test
    void shouldReportAnUnreachableServerAsTransient() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> sender(closedPort).send(new OutgoingMessage(KEY, List.of("customer@example.com"), EMAIL)))
                .isInstanceOf(TransientSendException.class)
                .hasMessage("SMTP server unreachable or connection lost");
    }

    private SmtpEmailSender sender(int port) {
        JavaMailSenderImpl mailSettings = new JavaMailSenderImpl();
        mailSettings.setHost("127.0.0.1");
        mailSettings.setPort(port);
        mailSettings.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        mailSettings.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        SmtpConnectionPool pool = new SmtpConnectionPool(mailSettings, PROPERTIES.connections());
        pools.add(pool);
        return new SmtpEmailSender(pool, PROPERTIES);
    }

    private MimeMessage single() {
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static List<String> bodyParts(MimeMessage message) throws Exception {
        List<String> texts = new ArrayList<>();
        collectTexts(message.getContent(), texts);
        return texts;
    }

    private static void collectTexts(Object content, List<String> texts) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            for (int part = 0; part < multipart.getCount(); part++) {
                collectTexts(multipart.getBodyPart(part).getContent(), texts);
            }
        } else if (content instanceof String text) {
            texts.add(text);
        }
    }
}
