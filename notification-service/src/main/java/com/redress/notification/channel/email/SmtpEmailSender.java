package com.redress.notification.channel.email;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.MimeMessageHelper;

import com.redress.events.common.NotificationChannel;
import com.redress.notification.channel.ChannelSender;
import com.redress.notification.channel.OutgoingMessage;
import com.redress.notification.channel.PermanentSendException;
import com.redress.notification.delivery.DeliveryKey;
import com.redress.notification.template.RenderedEmail;

/**
 * Sends e-mail over SMTP as multipart text + HTML, with a Message-ID derived from the delivery key, copied to the
 * journal address when there is one; with a {@link SentMailJournal} it can tell whether a message it began to send
 * was accepted.
 */
public class SmtpEmailSender implements ChannelSender {

    private final SmtpConnectionPool connections;
    private final EmailProperties properties;
    private final SentMailJournal journal;

    /** A sender that cannot look up what it sent: a send a crash cut off is sent again. */
    public SmtpEmailSender(SmtpConnectionPool connections, EmailProperties properties) {
        this(connections, properties, null);
    }

    public SmtpEmailSender(SmtpConnectionPool connections, EmailProperties properties, SentMailJournal journal) {
        this.connections = connections;
        this.properties = properties;
        this.journal = journal;
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

    @Override
    public boolean settlesInterruptedSends() {
        return journal != null;
    }

    @Override
    public Optional<String> delivered(DeliveryKey key, Instant startedAt) {
        if (journal == null) {
            return ChannelSender.super.delivered(key, startedAt);
        }
        String messageId = MessageIds.of(key, properties.messageIdDomain());
        return journal.holds(messageId, startedAt) ? Optional.of(messageId) : Optional.empty();
    }

    private MimeMessage compose(OutgoingMessage message, RenderedEmail email, String messageId) {
        MimeMessage mime = connections.createMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(message.recipients().toArray(String[]::new));
            if (properties.journal().copied()) {
                helper.setBcc(properties.journal().bcc());
            }
            helper.setSubject(email.subject());
            helper.setText(email.text(), email.html());
            mime.setHeader(MessageIds.HEADER, messageId);
            return mime;
        } catch (MessagingException e) {
            throw new PermanentSendException("e-mail could not be composed: " + e.getClass().getSimpleName(), e);
        }
    }
}
