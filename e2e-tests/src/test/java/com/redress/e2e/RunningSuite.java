package com.redress.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.redress.events.intake.ChannelSubmission;
import com.redress.platform.serde.AvroDeserializer;
import com.redress.platform.serde.AvroSerializer;
import com.redress.testkit.BrokerSecurity;
import com.redress.testkit.TopicProbe;
import com.redress.testkit.suite.Checkout;
import com.redress.testkit.suite.LocalSuite;
import com.redress.testkit.suite.MailText;
import com.redress.testkit.suite.ServiceDefinition;

/**
 * The whole suite as its users meet it: the four services as separate processes with the sandbox profile (demo keys,
 * compressed SLA targets), on a broker that accepts only SASL-authenticated clients, with GreenMail as the SMTP server;
 * and the few ways the end-to-end tests talk to it — the REST APIs, the channel topic, the mailbox, the topics.
 */
public final class RunningSuite implements AutoCloseable {

    /** The sandbox profile's API keys (intake-service/src/main/resources/application-sandbox.yml), one per scope. */
    public static final String CHANNEL_KEY = "sandbox-channel-simulator-key";
    public static final String CASE_HANDLER_KEY = "sandbox-case-handler-key";
    public static final String COMPLAINTS_DESK_KEY = "sandbox-complaints-desk-key";
    /** One principal per service with ACLs, and an administrator for the tests' own clients (ServiceAcls). */
    static final BrokerSecurity BROKER_SECURITY = BrokerSecurity.saslPlainWithAcls(
            new BrokerSecurity.SaslPlain("redress-admin", "e2e-admin-secret"), ServiceAcls.passwords(),
            ServiceAcls::setUp);
    private static final Pattern SURVEY_LINK = Pattern.compile("/surveys/([A-Za-z0-9_~.-]+)");
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(15);

    private final LocalSuite suite;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningSuite(LocalSuite suite) {
        this.suite = suite;
    }

    static RunningSuite start() throws IOException, InterruptedException {
        Path root = repositoryRoot();
        LocalSuite.Options options = LocalSuite.Options.of(root, root.resolve("e2e-tests/target/e2e-suite"))
                .withBrokerSecurity(BROKER_SECURITY);
        return new RunningSuite(LocalSuite.start(options));
    }

    public LocalSuite suite() {
        return suite;
    }

    public Path logDirectory() {
        return suite.logDirectory();
    }

    /** What a Kafka client of this suite needs: bootstrap servers, SASL settings and the registry URL. */
    public Map<String, Object> kafkaClientProperties() {
        return suite.stack().clientProperties();
    }

    public HttpResponse<String> postComplaint(String json) {
        return post(ServiceDefinition.INTAKE, "/api/v1/complaints", CHANNEL_KEY, json);
    }

    /** Submits a complaint identified by the client's {@code Idempotency-Key} rather than a channel message id. */
    public HttpResponse<String> postComplaint(String json, String idempotencyKey) {
        return send(HttpRequest.newBuilder(uri(ServiceDefinition.INTAKE, "/api/v1/complaints"))
                .header("X-Api-Key", CHANNEL_KEY).header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> postUpdate(String caseId, String json) {
        return post(ServiceDefinition.INTAKE, "/api/v1/complaints/" + caseId + "/updates", CASE_HANDLER_KEY, json);
    }

    public HttpResponse<String> caseStatus(String caseId) {
        return send(HttpRequest.newBuilder(uri(ServiceDefinition.INTAKE, "/api/v1/complaints/" + caseId))
                .header("X-Api-Key", COMPLAINTS_DESK_KEY).GET());
    }

    public HttpResponse<String> answerSurvey(String token, String json) {
        return post(ServiceDefinition.NOTIFICATION, "/api/v1/surveys/" + token, null, json);
    }

    /** The service's Prometheus exposition. */
    public String metrics(ServiceDefinition service) {
        return send(HttpRequest.newBuilder(uri(service, "/actuator/prometheus")).GET()).body();
    }

    /** Publishes a channel system's submission to {@code complaints.submitted}, as the Kafka door expects it. */
    public void submitOverKafka(ChannelSubmission submission) {
        AvroSerializer<ChannelSubmission> values = new AvroSerializer<>();
        Map<String, Object> config = new HashMap<>(kafkaClientProperties());
        config.put("auto.register.schemas", false);
        values.configure(config, false);
        try (KafkaProducer<String, ChannelSubmission> producer =
                     new KafkaProducer<>(config, new StringSerializer(), values)) {
            producer.send(new ProducerRecord<>("complaints.submitted",
                    submission.getChannel() + ":" + submission.getChannelMessageId(), submission))
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish the submission", e);
        }
    }

    /** Every committed value on {@code topic} so far, decoded from the wire format into the generated event classes. */
    public List<Object> events(String topic) {
        return TopicProbe.readAll(kafkaClientProperties(), new AvroDeserializer<>(), topic).stream()
                .map(ConsumerRecord::value).toList();
    }

    /** Every record the log of {@code topic} holds so far, aborted transactions' included, its value as bytes. */
    public List<ConsumerRecord<String, byte[]>> rawRecords(String topic) {
        try (TopicProbe<byte[]> log = TopicProbe.ofLog(kafkaClientProperties(), new ByteArrayDeserializer(),
                topic)) {
            return log.readToEnd();
        }
    }

    /** Every topic on the broker, the services' internal ones (changelogs, repartitions, offsets) included. */
    public List<String> allTopics() {
        Map<String, Object> config = new HashMap<>(kafkaClientProperties());
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(config)) {
            return List.copyOf(admin.listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true))
                    .names().get(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not list the topics", e);
        }
    }

    /** Messages GreenMail received for {@code address}, in arrival order. */
    public List<MimeMessage> mailsTo(String address) {
        return suite.mail().messages().stream().filter(message -> isTo(message, address)).toList();
    }

    /** The survey token of the first survey invitation among {@code mails}. */
    public static Optional<String> surveyToken(List<MimeMessage> mails) {
        for (MimeMessage mail : mails) {
            Matcher link = SURVEY_LINK.matcher(text(mail));
            if (link.find()) {
                return Optional.of(link.group(1));
            }
        }
        return Optional.empty();
    }

    /** The subject and the decoded text of every text part of a message. */
    public static String text(MimeMessage message) {
        return MailText.of(message);
    }

    @Override
    public void close() {
        suite.close();
    }


    private static boolean isTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null
                    && Arrays.stream(recipients).anyMatch(recipient -> recipient.toString().contains(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private HttpResponse<String> post(ServiceDefinition service, String path, String apiKey, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(service, path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        return send(apiKey == null ? request : request.header("X-Api-Key", apiKey));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(HTTP_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(ServiceDefinition service, String path) {
        return suite.baseUri(service).resolve(path);
    }

    private static Path repositoryRoot() {
        return Checkout.holding("e2e-tests", Path.of("")).orElseThrow(() -> new IllegalStateException(
                "Run from inside the repository: no e2e-tests/pom.xml above " + Path.of("").toAbsolutePath()));
    }
}
