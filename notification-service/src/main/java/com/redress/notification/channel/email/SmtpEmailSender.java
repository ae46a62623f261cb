package com.redress.notification.channel.email;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.MimeMessageHelper;

import com.redress.events.common.NotificationChannel;
import com.redress.notification.channel.ChannelSender;
import com.redress.notification.channel.OutgoingMessage;
import com.redress.notification.channel.PermanentSendException;
import com.redress.notification.template.RenderedEmail;

/** Sends e-mail over SMTP as multipart text + HTML, with a Message-ID derived from the delivery key. */
public class SmtpEmailSender implements ChannelSender {

    private final SmtpConnectionPool connections;
    private final EmailProperties properties;

    public SmtpEmailSender(SmtpConnectionPool connections, EmailProperties properties) {
        this.connections = connections;
        this.properties = properties;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public String send(OutgoingMessage message) {
        if (!(message.content() instanceof RenderedEmail email)) {
            throw new IllegalArgumentException("Not an e-mail: " + message.content().getClass().getSimpleName());
        }
        String messageId = MessageIds.of(message.key(), properties.messageIdDomain());
        MimeMessage mime = compose(message, email, messageId);
        try {
            connections.send(mime);
        } catch (MessagingException e) {
            throw SmtpFailures.classify(e);
        }
        return messageId;
    }

    private MimeMessage compose(OutgoingMessage message, RenderedEmail email, String messageId) {
        MimeMessage mime = connections.createMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(message.recipients().toArray(String[]::new));
            helper.setSubject(email.subject());
            helper.setText(email.text(), email.html());
            mime.setHeader(MessageIds.HEADER, messageId);
            return mime;
        } catch (MessagingException e) {
            throw new PermanentSendException("e-mail could not be composed: " + e.getClass().getSimpleName(), e);
        }
    }
}
