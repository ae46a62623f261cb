package com.redress.notification.channel.email;

import java.time.Instant;

/** A store of copies of every message the SMTP server accepted, searchable by Message-ID. */
public interface SentMailJournal {

    /**
     * Whether the journal holds the message {@code messageId}, whose send began at {@code sendBegan}.
     *
     * @throws com.redress.notification.channel.TransientSendException when the journal cannot be read now
     */
    boolean holds(String messageId, Instant sendBegan);
}
