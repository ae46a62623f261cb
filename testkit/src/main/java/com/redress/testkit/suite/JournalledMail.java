package com.redress.testkit.suite;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;

/**
 * A GreenMail server's mail with a journal mailbox: the archive a bank keeps a copy of every message sent in. The
 * copies are told apart from what the recipients received, which they look like (the {@code Bcc} is not on them).
 */
public final class JournalledMail {

    private final GreenMail greenMail;
    private final GreenMailUser journal;

    private JournalledMail(GreenMail greenMail, GreenMailUser journal) {
        this.greenMail = greenMail;
        this.journal = journal;
    }

    /** Sets up the journal mailbox on {@code greenMail}: its address is also its IMAP login. */
    public static JournalledMail of(GreenMail greenMail, String journalAddress, String password) {
        return new JournalledMail(greenMail, greenMail.setUser(journalAddress, journalAddress, password));
    }

    /**
     * Every message received, one copy per recipient mailbox, journal copies aside: grouped by mailbox, each mailbox
     * oldest first (not in overall arrival order). The same stored message is the same object on every call.
     */
    public List<MimeMessage> received() {
        MimeMessage[] received = greenMail.getReceivedMessages();
        // read after: a journal copy filed between the two reads must still be told apart
        Set<MimeMessage> journalled = Collections.newSetFromMap(new IdentityHashMap<>());
        journalled.addAll(journal());
        return Arrays.stream(received).filter(message -> !journalled.contains(message)).toList();
    }

    /** The journal's copies, oldest first (a copy taken under the folder's lock: mail may be arriving). */
    public List<MimeMessage> journal() {
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(journal).getNonDeletedMessages().stream()
                    .map(StoredMessage::getMimeMessage).toList();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the journal mailbox", e);
        }
    }

    /** Files {@code message} in the journal as it stands, as the SMTP server would have. */
    public void file(MimeMessage message) {
        journal.deliver(message);
    }
}
