package com.redress.notification.channel.email;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.redress.events.common.NotificationChannel;
import com.redress.events.notification.MessageKind;
import com.redress.notification.channel.OutgoingMessage;
import com.redress.notification.channel.TransientSendException;
import com.redress.notification.delivery.DeliveryKey;
import com.redress.notification.template.RenderedEmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sent-mail journal: every message copied to it, and looked up over IMAP, against a real SMTP and IMAP server. */
class ImapSentMailJournalTest {

    private static final String JOURNAL = "journal@archive.bank.example";
    private static final String JOURNAL_PASSWORD = "journal-secret";
    private static final String CUSTOMER = "customer@example.com";
    private static final DeliveryKey KEY = new DeliveryKey("case-1", "0b7c4f0e-2a61-4a8e-9d1e-3c2f8f1b5a10",
            MessageKind.ACKNOWLEDGEMENT, NotificationChannel.EMAIL);
    private static final RenderedEmail EMAIL = new RenderedEmail("Your complaint", "text", "<p>html</p>");

    private GreenMail mail;
    private final List<SmtpConnectionPool> pools = new ArrayList<>();

    @BeforeEach
    void startMailServer() {
        mail = new GreenMail(new ServerSetup[] {ServerSetup.SMTP.dynamicPort(), ServerSetup.IMAP.dynamicPort()});
        mail.start();
        mail.setUser(JOURNAL, JOURNAL, JOURNAL_PASSWORD);
    }

    @AfterEach
    void stopMailServer() {
        pools.forEach(SmtpConnectionPool::close);
        mail.stop();
    }

    @Test
    void shouldCopyEveryMessageToTheJournalInTheSameTransactionWithoutShowingTheCopy() throws Exception {
        String messageId = sender(journal(mail.getImap().getPort(), Duration.ZERO)).send(message(KEY));

        List<MimeMessage> journalled = inbox(JOURNAL);
        List<MimeMessage> customerCopies = inbox(CUSTOMER);
        assertThat(journalled).singleElement().satisfies(copy -> assertThat(copy.getMessageID()).isEqualTo(messageId));
        assertThat(customerCopies).singleElement().satisfies(copy -> {
            assertThat(copy.getHeader("Bcc")).isNull();
            assertThat(copy.getAllRecipients()).extracting(Object::toString).containsExactly(CUSTOMER);
        });
    }

    @Test
    void shouldFindAMessageTheServerAcceptedByItsMessageId() {
        SmtpEmailSender sender = sender(journal(mail.getImap().getPort(), Duration.ZERO));
        String messageId = sender.send(message(KEY));

        assertThat(sender.settlesInterruptedSends()).isTrue();
        assertThat(sender.delivered(KEY, Instant.now())).contains(messageId);
    }

    @Test
    void shouldReportAMessageTheServerNeverTookAsNotDelivered() {
        SmtpEmailSender sender = sender(journal(mail.getImap().getPort(), Duration.ZERO));
        sender.send(message(KEY));

        assertThat(sender.delivered(KEY.on(NotificationChannel.SMS), Instant.now())).isEmpty();
    }

    @Test
    void shouldWaitForACopyThatReachesTheJournalLateWithinTheDelay() throws Exception {
        SmtpEmailSender sender = sender(journal(mail.getImap().getPort(), Duration.ofSeconds(20)));
        Instant began = Instant.now();

        CompletableFuture<Optional<String>> lookUp = CompletableFuture.supplyAsync(() -> sender.delivered(KEY, began));
        Thread.sleep(1_500);
        assertThat(lookUp).isNotDone();
        String messageId = sender.send(message(KEY));

        assertThat(lookUp.get(10, TimeUnit.SECONDS)).contains(messageId);
    }

    @Test
    void shouldTrustTheJournalsSilenceOnceTheDelayHasPassedSinceTheSendBegan() {
        SmtpEmailSender sender = sender(journal(mail.getImap().getPort(), Duration.ofSeconds(20)));

        assertThat(sender.delivered(KEY, Instant.now().minus(Duration.ofSeconds(21)))).isEmpty();
    }

    @Test
    void shouldReportAJournalItCannotReadAsTransient() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        EmailProperties.Journal wrongPassword = new EmailProperties.Journal(JOURNAL, "imap", "127.0.0.1",
                mail.getImap().getPort(), JOURNAL, "not-the-password", "INBOX", Duration.ZERO, Duration.ofSeconds(2));

        assertThatThrownBy(() -> sender(journal(closedPort, Duration.ZERO)).delivered(KEY, Instant.now()))
                .isInstanceOf(TransientSendException.class).hasMessageContaining("mail journal 127.0.0.1:" + closedPort);
        assertThatThrownBy(() -> sender(wrongPassword).delivered(KEY, Instant.now()))
                .isInstanceOf(TransientSendException.class).hasMessageContaining("AuthenticationFailedException");
    }

    @Test
    void shouldNotOfferToSettleWithoutAJournal() {
        SmtpEmailSender sender = new SmtpEmailSender(pool(), properties(journal(mail.getImap().getPort(),
                Duration.ZERO)));

        assertThat(sender.settlesInterruptedSends()).isFalse();
    }

    private List<MimeMessage> inbox(String address) throws Exception {
        return mail.getManagers().getImapHostManager().getInbox(mail.getUserManager().getUserByEmail(address))
                .getMessages().stream().map(StoredMessage::getMimeMessage).toList();
    }

    private static EmailProperties.Journal journal(int imapPort, Duration delay) {
        return new EmailProperties.Journal(JOURNAL, "imap", "127.0.0.1", imapPort, JOURNAL, JOURNAL_PASSWORD, "INBOX",
                delay, Duration.ofSeconds(2));
    }

    private static EmailProperties properties(EmailProperties.Journal journal) {
        return new EmailProperties("complaints@bank.example", "notification.bank.example",
                new EmailProperties.Connections(2, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(60)),
                journal);
    }

    private SmtpEmailSender sender(EmailProperties.Journal journal) {
        return new SmtpEmailSender(pool(), properties(journal), new ImapSentMailJournal(journal, Clock.systemUTC()));
    }

    private SmtpConnectionPool pool() {
        JavaMailSenderImpl mailSettings = new JavaMailSenderImpl();
        mailSettings.setHost("127.0.0.1");
        mailSettings.setPort(mail.getSmtp().getPort());
        SmtpConnectionPool pool = new SmtpConnectionPool(mailSettings, properties(journal(0, Duration.ZERO))
                .connections());
        pools.add(pool);
        return pool;
    }

    private static OutgoingMessage message(DeliveryKey key) {
        return new OutgoingMessage(key, List.of(CUSTOMER), EMAIL);
    }
}
