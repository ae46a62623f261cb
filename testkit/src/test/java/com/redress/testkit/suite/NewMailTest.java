package com.redress.testkit.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewMailTest {

    private static final Session SESSION = Session.getInstance(new Properties());

    @Test
    void shouldReturnEachMessageOnceWhereverItAppearsInTheList() {
        // Given a mailbox listing two messages
        MimeMessage first = new MimeMessage(SESSION);
        MimeMessage second = new MimeMessage(SESSION);
        List<MimeMessage> mailbox = new ArrayList<>(List.of(first, second));
        NewMail newMail = new NewMail(() -> List.copyOf(mailbox));

        // When they are read, then a message arrives in the middle of the list (another recipient's mailbox)
        List<MimeMessage> firstRead = newMail.next();
        MimeMessage arrived = new MimeMessage(SESSION);
        mailbox.add(1, arrived);
        List<MimeMessage> secondRead = newMail.next();

        // Then each read returns what the earlier ones did not, and nothing is returned twice
        assertThat(firstRead).containsExactly(first, second);
        assertThat(secondRead).containsExactly(arrived);
        assertThat(newMail.next()).isEmpty();
    }
}
