package com.redress.notification;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.listener.MessageListenerContainer;

import com.redress.contract.Topics;
import com.redress.events.common.NotificationChannel;
import com.redress.events.fixtures.EventFixtures;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.notification.MessageKind;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationRequested;
import com.redress.events.notification.NotificationStatus;
import com.redress.events.survey.SurveyResponse;
import com.redress.notification.channel.email.MessageIds;
import com.redress.notification.contact.CustomerContact;
import com.redress.notification.delivery.DeliveryKey;
import com.redress.notification.support.KafkaTestClients;
import com.redress.notification.support.NotificationServiceIntegrationTest;
import com.redress.notification.support.TestEvents;
import com.redress.notification.survey.SurveyInvitation;
import com.redress.notification.survey.SurveyTokens;
import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.suite.JournalledMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The service on the real broker, registry and SMTP server: what customers and staff receive, and how often. */
@NotificationServiceIntegrationTest
class CustomerNotificationIT {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Autowired
    JournalledMail mailbox;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    StreamsBuilderFactoryBean streams;

    @Autowired
    SurveyTokens surveyTokens;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void createTheTopicsOtherServicesWrite(LocalKafkaStack stack) {
        stack.createTopics(Topics.COMPLAINTS_REGISTERED, Topics.COMPLAINTS_UPDATES, Topics.COMPLAINTS_GRADED,
                Topics.SLA_EVENTS);
    }

    @Test
    void shouldSendExactlyOneAcknowledgementInTheCustomersLanguageWhenTheRegistrationIsReadTwice(
            LocalKafkaStack stack) throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        String address = addressOf(caseId);
        ComplaintRegistered registered = registeredWithEmail(caseId, "zh-CN");

        KafkaTestClients.produce(stack, Topics.COMPLAINTS_REGISTERED, caseId, registered);
        await().atMost(DELIVERY).untilAsserted(() -> assertThat(mailsTo(address)).hasSize(1));
        KafkaTestClients.produce(stack, Topics.COMPLAINTS_REGISTERED, caseId, registered);

        // the planning requests a message once per triggering event, however often the event is read
        await().during(Duration.ofSeconds(3)).atMost(DELIVERY).untilAsserted(() -> {
            assertThat(KafkaTestClients.readAll(stack, Topics.NOTIFICATIONS_REQUESTED, caseId)).hasSize(1);
            assertThat(outcomeStatuses(stack, caseId)).containsExactly(NotificationStatus.SENDING,
                    NotificationStatus.SENT);
        });
        assertThat(mailsTo(address)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("您的投诉已受理（编号 " + registered.getCaseNumber() + "）");
            assertThat(mail.getMessageID()).endsWith("@notification.redress.invalid>");
        });
        NotificationOutcome sent = KafkaTestClients.<NotificationOutcome>readAll(stack, Topics.NOTIFICATIONS_OUTCOMES,
                caseId).get(1);
        assertThat(sent.getMaskedRecipient()).isEqualTo("l***@example.com");
        assertThat(sent.getLanguage()).isEqualTo("zh-CN");
        assertThat(sent.getProviderMessageId()).isEqualTo(mailsTo(address).get(0).getMessageID());
    }

    @Test
    void shouldTellTheCustomerOfEveryStepOfTheCaseOnceEach(LocalKafkaStack stack) throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        String address = addressOf(caseId);
        ComplaintRegistered registered = registeredWithEmail(caseId, "en-GB");
        String caseNumber = registered.getCaseNumber();
        KafkaTestClients.produce(stack, Topics.COMPLAINTS_REGISTERED, caseId, registered);

        KafkaTestClients.produce(stack, Topics.COMPLAINTS_UPDATES, caseId,
                TestEvents.update(caseId, CaseUpdateType.ACKNOWLEDGED, null));
        KafkaTestClients.produce(stack, Topics.COMPLAINTS_UPDATES, caseId,
                TestEvents.update(caseId, CaseUpdateType.RESPONDED, null));
        KafkaTestClients.produce(stack, Topics.COMPLAINTS_UPDATES, caseId, TestEvents.resolved(caseId));
        // closed now: the survey is due a second later (redress.notification.survey.delay), its link still valid
        KafkaTestClients.produce(stack, Topics.COMPLAINTS_UPDATES, caseId,
                TestEvents.update(caseId, CaseUpdateType.CLOSED, null, Instant.now()));

        await().atMost(DELIVERY).untilAsserted(() -> assertThat(mailsTo(address)).hasSize(4));
        // a registration and its updates travel on different topics, so they may be handled in either order
        assertThat(mailsTo(address)).extracting(CustomerNotificationIT::subjectOf).containsExactlyInAnyOrder(
                "We have received your complaint (" + caseNumber + ")",
                "An update on your complaint (" + caseNumber + ")",
                "The outcome of your complaint (" + caseNumber + ")",
                "How did we handle your complaint? (" + caseNumber + ")");
        assertThat(mailsTo(address)).map(GreenMailUtil::getBody)
                .anySatisfy(body -> assertThat(body).contains("CNY 300.00"))
                .anySatisfy(body -> assertThat(body).contains("/surveys/"));
    }

    @Test
    void shouldNotResendAfterARestartWhatAnEarlierRunSentButDidNotCommit(LocalKafkaStack stack) throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        String address = addressOf(caseId);
        ComplaintRegistered registered = registeredWithEmail(caseId, "en");
        // the earlier run sent the acknowledgement and recorded it, then died before committing its request
        KafkaTestClients.produce(stack, Topics.NOTIFICATIONS_OUTCOMES, caseId, sentBefore(registered));
        restartTheListener();

        KafkaTestClients.produce(stack, Topics.COMPLAINTS_REGISTERED, caseId, registered);

        await().atMost(DELIVERY).untilAsserted(() -> assertThat(outcomeStatuses(stack, caseId))
                .containsExactly(NotificationStatus.SENT, NotificationStatus.SUPPRESSED_DUPLICATE));
        assertThat(mailsTo(address)).isEmpty();
    }

    @Test
    void shouldRecordASendACrashCutOffAsSentWithoutSendingItAgainWhenTheJournalHoldsIt(LocalKafkaStack stack)
            throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        String address = addressOf(caseId);
        ComplaintRegistered registered = registeredWithEmail(caseId, "en");
        // the earlier run began the acknowledgement, the SMTP server took it (its journal copy is filed), and the run
        // died before recording that it was sent
        KafkaTestClients.produce(stack, Topics.NOTIFICATIONS_OUTCOMES, caseId,
                outcomeBefore(registered, NotificationStatus.SENDING));
        String messageId = MessageIds.of(acknowledgementKey(registered), "notification.redress.invalid");
        fileInTheJournal(messageId);
        restartTheListener();

        KafkaTestClients.produce(stack, Topics.COMPLAINTS_REGISTERED, caseId, registered);

        await().atMost(DELIVERY).untilAsserted(() -> assertThat(outcomeStatuses(stack, caseId))
                .containsExactly(NotificationStatus.SENDING, NotificationStatus.SENT));
        NotificationOutcome settled = KafkaTestClients.<NotificationOutcome>readAll(stack,
                Topics.NOTIFICATIONS_OUTCOMES, caseId).get(1);
        assertThat(settled.getProviderMessageId()).isEqualTo(messageId);
        assertThat(settled.getAttempt()).isEqualTo(1);
        assertThat(mailsTo(address)).isEmpty();
    }

    @Test
    void shouldSendAMessageACrashCutOffBeforeTheServerTookIt(LocalKafkaStack stack) throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        String address = addressOf(caseId);
        ComplaintRegistered registered = registeredWithEmail(caseId, "en");
        // the earlier run began the acknowledgement and died before the SMTP server took it: no journal copy
        KafkaTestClients.produce(stack, Topics.NOTIFICATIONS_OUTCOMES, caseId,
                outcomeBefore(registered, NotificationStatus.SENDING));
        restartTheListener();

        KafkaTestClients.produce(stack, Topics.COMPLAINTS_REGISTERED, caseId, registered);

        await().atMost(DELIVERY).untilAsserted(() -> assertThat(outcomeStatuses(stack, caseId)).containsExactly(
                NotificationStatus.SENDING, NotificationStatus.SENDING, NotificationStatus.SENT));
        assertThat(mailsTo(address)).singleElement().satisfies(mail -> assertThat(mail.getMessageID())
                .isEqualTo(MessageIds.of(acknowledgementKey(registered), "notification.redress.invalid")));
        assertThat(mailbox.journal()).extracting(CustomerNotificationIT::messageIdOf)
                .contains(mailsTo(address).get(0).getMessageID());
    }

    @Test
    void shouldDeadLetterARequestWhoseContactCannotBeDecryptedWithoutRetryingIt(LocalKafkaStack stack)
            throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        ComplaintRegistered registered = TestEvents.registeredUnderUnknownKey(caseId);

        KafkaTestClients.produce(stack, Topics.COMPLAINTS_REGISTERED, caseId, registered);

        await().atMost(DELIVERY).untilAsserted(() -> assertThat(
                KafkaTestClients.<NotificationRequested>readAll(stack, Topics.NOTIFICATIONS_REQUESTED_DLT, caseId))
                .singleElement().extracting(NotificationRequested::getTriggeringEventId)
                .isEqualTo(registered.getEventId().toString()));
        assertThat(KafkaTestClients.<NotificationOutcome>readAll(stack, Topics.NOTIFICATIONS_OUTCOMES, caseId))
                .singleElement().satisfies(outcome -> {
                    assertThat(outcome.getStatus()).isEqualTo(NotificationStatus.FAILED);
                    assertThat(outcome.getFailureReason()).startsWith("contact details unavailable");
                });
    }

    @Test
    void shouldMailATierOneBreachToOwnerManagerAndSeniorManagement(LocalKafkaStack stack) throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        ComplaintRegistered registered = TestEvents.registered(caseId, "en", null, List.of());
        KafkaTestClients.produce(stack, Topics.COMPLAINTS_REGISTERED, caseId, registered);

        KafkaTestClients.produce(stack, Topics.SLA_EVENTS, caseId, TestEvents.breached(caseId, 1));

        // GreenMail files one copy of a message per recipient mailbox
        await().atMost(DELIVERY).untilAsserted(() -> assertThat(mailsAbout(registered.getCaseNumber())).hasSize(3));
        List<MimeMessage> copies = mailsAbout(registered.getCaseNumber());
        assertThat(copies).extracting(CustomerNotificationIT::messageIdOf).containsOnly(messageIdOf(copies.get(0)));
        assertThat(recipients(copies.get(0)))
                .containsExactlyInAnyOrder("owner@bank.example", "manager@bank.example", "board@bank.example");
        assertThat(subjectOf(copies.get(0))).startsWith("【超时】");
    }

    @Test
    void shouldAcceptOneSurveyAnswerPerTokenAndPublishIt(LocalKafkaStack stack) throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        String token = surveyTokens.sign(new SurveyInvitation(caseId, "survey-" + UUID.randomUUID(),
                Instant.now().plus(Duration.ofDays(1))));
        String answer = "{\"csat\":4,\"nps\":9,\"comment\":\"很满意，电话 13800001234\"}";

        // the one-answer check asks the planning's store, which answers once Kafka Streams runs
        await().atMost(DELIVERY).until(() -> streams.getKafkaStreams() != null
                && streams.getKafkaStreams().state() == KafkaStreams.State.RUNNING);
        HttpResponse<String> first = postSurvey(token, answer);
        HttpResponse<String> second = postSurvey(token, answer);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(409);
        await().atMost(DELIVERY).untilAsserted(() -> assertThat(
                KafkaTestClients.<SurveyResponse>readAll(stack, Topics.SURVEYS_RESPONSES, caseId))
                .singleElement().satisfies(response -> {
                    assertThat(response.getCsat()).isEqualTo(4);
                    assertThat(response.getNps()).isEqualTo(9);
                    assertThat(response.getRedactedComment()).isEqualTo("很满意，电话 [NUMBER]");
                }));
    }

    @Test
    void shouldRefuseAScoreOutOfRange() throws Exception {
        String token = surveyTokens.sign(new SurveyInvitation("case-" + UUID.randomUUID(), "survey-" + UUID.randomUUID(),
                Instant.now().plus(Duration.ofDays(1))));

        HttpResponse<String> response = postSurvey(token, "{\"nps\":11}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("nps must be 0-10");
    }

    @Test
    void shouldRefuseAForgedSurveyToken() throws Exception {
        HttpResponse<String> response = postSurvey("Zm9yZ2Vk.c2lnbmF0dXJl", "{\"csat\":1}");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    /** A restart of the senders: on assignment they read the outcomes of the requests they had not committed. */
    private void restartTheListener() {
        MessageListenerContainer container = listeners.getListenerContainer("notification-senders");
        container.stop();
        container.start();
    }

    private static String addressOf(String caseId) {
        return caseId + "@example.com";
    }

    /** A registration whose customer gave only an e-mail address and prefers e-mail. */
    private static ComplaintRegistered registeredWithEmail(String caseId, String language) {
        return TestEvents.registered(caseId, language, new CustomerContact(null, addressOf(caseId), null),
                List.of(NotificationChannel.EMAIL));
    }

    private static NotificationOutcome sentBefore(ComplaintRegistered registered) {
        return outcomeBefore(registered, NotificationStatus.SENT);
    }

    private static NotificationOutcome outcomeBefore(ComplaintRegistered registered, NotificationStatus status) {
        return EventFixtures.outcome(registered.getCaseId()).occurredAt(Instant.now()).status(status)
                .template("acknowledgement@1", "en").deliveryKey(acknowledgementKey(registered).toString()).build();
    }

    private static DeliveryKey acknowledgementKey(ComplaintRegistered registered) {
        return new DeliveryKey(registered.getCaseId(), registered.getEventId().toString(), MessageKind.ACKNOWLEDGEMENT,
                NotificationChannel.EMAIL);
    }

    /** Files a copy of a message with this Message-ID in the journal mailbox, as the SMTP server would have. */
    private void fileInTheJournal(String messageId) throws Exception {
        String copy = "Message-ID: " + messageId + "\r\nFrom: complaints@redress.invalid\r\n"
                + "To: customer@example.com\r\nSubject: journal copy\r\n\r\nSent before the crash.\r\n";
        mailbox.file(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(copy.getBytes(StandardCharsets.US_ASCII))));
    }

    private List<MimeMessage> mailsTo(String address) {
        return mailbox.received().stream().filter(mail -> recipients(mail).contains(address)).toList();
    }

    private static List<NotificationStatus> outcomeStatuses(LocalKafkaStack stack, String caseId) {
        return KafkaTestClients.<NotificationOutcome>readAll(stack, Topics.NOTIFICATIONS_OUTCOMES, caseId).stream()
                .map(NotificationOutcome::getStatus).toList();
    }

    private List<MimeMessage> mailsAbout(String caseNumber) {
        return mailbox.received().stream().filter(mail -> subjectOf(mail).contains(caseNumber)).toList();
    }

    private static String messageIdOf(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> postSurvey(String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/surveys/" + token))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
