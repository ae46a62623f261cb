package com.redress.testkit.suite;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailServerTest {

    @Test
    void shouldKeepJournalCopiesApartFromWhatTheRecipientsReceived() throws Exception {
        try (MailServer mail = MailServer.start(freePort(), freePort())) {
            // Given a message to a customer, copied to the journal in the same transaction
            Session session = Session.getInstance(new Properties());
            MimeMessage message = new MimeMessage(session);
            message.setFrom("complaints@bank.example");
            message.setRecipients(Message.RecipientType.TO, "customer@example.com");
            message.setRecipients(Message.RecipientType.BCC, MailServer.JOURNAL_ADDRESS);
            message.setSubject("Your complaint");
            message.setText("Received.");

            // When it is sent
            Transport transport = session.getTransport("smtp");
            transport.connect("127.0.0.1", mail.smtpPort(), null, null);
            transport.sendMessage(message, message.getAllRecipients());
            transport.close();

            // Then the recipients' mail holds the customer's copy only, the journal the other, each the same object
            // on every read
            assertThat(mail.messages()).singleElement().satisfies(received -> assertThat(received.getAllRecipients())
                    .containsExactly(new InternetAddress("customer@example.com")));
            assertThat(mail.receivedMessages()).isEqualTo(1);
            assertThat(mail.messages().get(0)).isSameAs(mail.messages().get(0));
            assertThat(mail.journal()).singleElement().satisfies(copy ->
                    assertThat(copy.getSubject()).isEqualTo("Your complaint"));
            // And the journal can be read over IMAP with its login
            try (Store store = session.getStore("imap")) {
                store.connect("127.0.0.1", mail.imapPort(), MailServer.JOURNAL_ADDRESS, MailServer.JOURNAL_PASSWORD);
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                assertThat(inbox.getMessageCount()).isEqualTo(1);
                inbox.close(false);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
