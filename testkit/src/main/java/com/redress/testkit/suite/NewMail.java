package com.redress.testkit.suite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.mail.internet.MimeMessage;

/**
 * Reads a mailbox as mail arrives: each call returns the messages no earlier call returned. {@link MailServer#messages()}
 * lists messages by recipient mailbox, so a new one can appear anywhere in the list; messages are told apart by
 * identity, since the same stored message is the same object on every read.
 */
public final class NewMail {

    private final Supplier<List<MimeMessage>> mailbox;
    private final Set<MimeMessage> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    public NewMail(Supplier<List<MimeMessage>> mailbox) {
        this.mailbox = mailbox;
    }

    /** The messages that arrived since the last call, or all of them on the first. */
    public synchronized List<MimeMessage> next() {
        List<MimeMessage> arrived = new ArrayList<>();
        for (MimeMessage message : mailbox.get()) {
            if (seen.add(message)) {
                arrived.add(message);
            }
        }
        return arrived;
    }
}
