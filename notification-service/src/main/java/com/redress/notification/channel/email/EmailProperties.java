package com.redress.notification.channel.email;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How e-mail is sent; the SMTP server itself is configured under {@code spring.mail.*}.
 *
 * @param from            the sender address of every message
 * @param messageIdDomain the right-hand side of every Message-ID
 * @param connections     the SMTP connections kept open between messages
 * @param journal         the mailbox that keeps a copy of every message sent, to settle sends a crash cut off
 */
@ConfigurationProperties("redress.notification.email")
public record EmailProperties(@DefaultValue("complaints@redress.invalid") String from,
        @DefaultValue("notification.redress.invalid") String messageIdDomain,
        @DefaultValue Connections connections, @DefaultValue Journal journal) {

    /**
     * @param max            most connections open at once; a send waits for a free one beyond that
     * @param maxWait        how long a send waits for a free connection before it counts as the server unavailable
     * @param idleCheckAfter a connection idle this long is checked with a NOOP before its next message
     * @param idleTimeout    a connection idle this long is closed (servers drop idle clients after a few minutes)
     */
    /**
     * The sent-mail journal: a mailbox holding a copy of every message the SMTP server accepted, looked up over IMAP
     * by Message-ID when a crash cut a send off, so that the message is neither sent twice nor lost. Without a
     * {@code host} no look-up is made and such a message is sent again (with the same Message-ID).
     *
     * @param bcc      the address every message is also sent to, in the same SMTP transaction, unless the mail
     *                 relay journals outgoing mail itself; empty for none
     * @param protocol {@code imap}, or {@code imaps} for IMAP over TLS
     * @param host     the IMAP server of the journal mailbox; empty for no journal look-ups
     * @param port     its port
     * @param username the journal mailbox's login
     * @param password its password
     * @param folder   the folder the copies arrive in
     * @param delay    how long after the SMTP server accepts a message its copy may take to reach the journal: a
     *                 message missing from it counts as not sent only once this long has passed since its send began
     * @param timeout  connecting and reading timeout of each look-up
     */
    public record Journal(String bcc, @DefaultValue("imap") String protocol, String host,
            @DefaultValue("143") int port, String username, String password, @DefaultValue("INBOX") String folder,
            @DefaultValue("30s") Duration delay, @DefaultValue("10s") Duration timeout) {

        public boolean lookedUp() {
            return host != null && !host.isBlank();
        }

        public boolean copied() {
            return bcc != null && !bcc.isBlank();
        }
    }

    public record Connections(@DefaultValue("8") int max, @DefaultValue("30s") Duration maxWait,
            @DefaultValue("5s") Duration idleCheckAfter, @DefaultValue("60s") Duration idleTimeout) {
    }
}
