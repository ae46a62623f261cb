package com.redress.testkit.suite;

import java.util.List;

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
    private final JournalledMail mail;

    private MailServer(GreenMail greenMail, int smtpPort, int imapPort) {
        this.greenMail = greenMail;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.mail = JournalledMail.of(greenMail, JOURNAL_ADDRESS, JOURNAL_PASSWORD);
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
        return mail.received();
    }

    /** The journal's copies, oldest first. */
    public List<MimeMessage> journal() {
        return mail.journal();
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
