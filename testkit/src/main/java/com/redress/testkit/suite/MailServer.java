package com.redress.testkit.suite;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP and IMAP server (GreenMail) on loopback that accepts mail for any address, for the e-mail channel, with
 * a journal mailbox: the archive a bank keeps a copy of every message sent in, which the services copy their mail to
 * and read over IMAP.
 */
public final class MailServer implements AutoCloseable {

    /** The journal mailbox's address, which is also its IMAP login. */
    public static final String JOURNAL_ADDRESS = "journal@archive.redress-bank.example";
    /** The journal mailbox's IMAP password (sandbox only). */
    public static final String JOURNAL_PASSWORD = "sandbox-journal";

    private final GreenMail greenMail;
    private final int smtpPort;
    private final int imapPort;
    private final GreenMailUser journal;

    private MailServer(GreenMail greenMail, int smtpPort, int imapPort) {
        this.greenMail = greenMail;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.journal = greenMail.setUser(JOURNAL_ADDRESS, JOURNAL_ADDRESS, JOURNAL_PASSWORD);
    }

    public static MailServer start(int smtpPort, int imapPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        return new MailServer(greenMail, smtpPort, imapPort);
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** How many messages the recipients have received since it started, journal copies aside. */
    public int receivedMessages() {
        return messages().size();
    }

    /**
     * Every message received since it started, one copy per recipient mailbox, journal copies aside: grouped by
     * mailbox, each mailbox oldest first (not in overall arrival order). The same stored message is the same object on
     * every call.
     */
    public List<MimeMessage> messages() {
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

    @Override
    public void close() {
        greenMail.stop();
    }
}
