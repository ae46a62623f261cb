package com.redress.notification.channel.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.MessageIDTerm;

import com.redress.notification.channel.TransientSendException;

/**
 * The journal mailbox read over IMAP, searched on the server by Message-ID. A message it does not hold yet is looked
 * for again, once a second, until {@link EmailProperties.Journal#delay()} after its send began: only then does its
 * absence mean the SMTP server never took it.
 */
public class ImapSentMailJournal implements SentMailJournal {

    private static final Duration LOOK_AGAIN_AFTER = Duration.ofSeconds(1);

    private final EmailProperties.Journal settings;
    private final Session session;
    private final Clock clock;

    public ImapSentMailJournal(EmailProperties.Journal settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        String protocol = settings.protocol();
        Properties properties = new Properties();
        String timeout = Long.toString(settings.timeout().toMillis());
        properties.setProperty("mail." + protocol + ".connectiontimeout", timeout);
        properties.setProperty("mail." + protocol + ".timeout", timeout);
        properties.setProperty("mail." + protocol + ".writetimeout", timeout);
        this.session = Session.getInstance(properties);
    }

    @Override
    public boolean holds(String messageId, Instant sendBegan) {
        Instant absenceConclusive = sendBegan.plus(settings.delay());
        while (!contains(messageId)) {
            Duration remaining = Duration.between(clock.instant(), absenceConclusive);
            if (remaining.isNegative() || remaining.isZero()) {
                return false;
            }
            pause(remaining.compareTo(LOOK_AGAIN_AFTER) < 0 ? remaining : LOOK_AGAIN_AFTER);
        }
        return true;
    }

    private boolean contains(String messageId) {
        try (Store store = session.getStore(settings.protocol())) {
            store.connect(settings.host(), settings.port(), settings.username(), settings.password());
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_ONLY);
            try {
                return folder.search(new MessageIDTerm(messageId)).length > 0;
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw new TransientSendException("mail journal " + settings.host() + ":" + settings.port()
                    + " unreadable: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientSendException("interrupted while waiting for the mail journal", e);
        }
    }
}
