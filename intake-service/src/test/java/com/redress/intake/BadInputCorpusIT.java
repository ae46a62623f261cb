package com.redress.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.support.KafkaHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.redress.contract.Topics;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.intake.registration.IntakeMetrics;
import com.redress.platform.serde.AvroDeserializer;
import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.WithLocalKafkaStack;

/**
 * Issue 3's bad-input corpus ({@code src/test/resources/bad-input}) against a real broker and registry: every REST
 * case through the HTTP stack, every Kafka case through {@code complaints.submitted}; each gets the outcome its index
 * entry names, and the run is conserved: submitted = registered + duplicates + rejected (4xx answers and dead letters).
 *
 * <p>Runs in the same Spring context as {@link IntakeIT} (identical configuration).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        IntakeIT.API_KEY_PROPERTY, IntakeIT.SCOPES_PROPERTY, IntakeIT.ACTIVE_KEY_PROPERTY, IntakeIT.CONTACT_KEY_PROPERTY,
        IntakeIT.PSEUDONYM_KEY_PROPERTY, IntakeIT.CASE_ID_KEY_PROPERTY, IntakeIT.ACTIVE_CASE_ID_KEY_PROPERTY,
        IntakeIT.STATE_DIR_PROPERTY,
        "redress.dead-letter.initial-interval=50ms"})
@WithLocalKafkaStack
class BadInputCorpusIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String REJECTION_REASONS = "redress_rejection-reasons";

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<BadInputCase> corpus = BadInputCorpus.cases();
    private Map<String, Object> clients;
    private String run;

    @BeforeEach
    void connect(LocalKafkaStack stack) {
        clients = new HashMap<>(stack.clientProperties());
        run = UUID.randomUUID().toString();
        // the REST door answers 503 until the registered-cases view has loaded
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(post(
                "{\"channel\": \"wechat\", \"channelMessageId\": \"warm-up\", \"text\": \"热身\"}".getBytes(
                        StandardCharsets.UTF_8), Map.of()).statusCode()).isIn(200, 201));
    }

    @Test
    void shouldGiveEveryBadInputItsIndexedOutcomeAndAccountForEverySubmission() throws Exception {
        double duplicatesBefore = total(IntakeMetrics.DUPLICATES);

        // When every REST case is posted, and every Kafka case published, the repeated ones twice
        Map<BadInputCase, List<HttpResponse<String>>> answers = new LinkedHashMap<>();
        for (BadInputCase badInput : rest()) {
            byte[] body = BadInputCorpus.expanded(badInput.file(), messageIdOf(badInput));
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (int i = 0; i < timesSent(badInput); i++) {
                responses.add(post(body, badInput.headers()));
            }
            answers.put(badInput, responses);
        }
        BadInputRecords records = new BadInputRecords(clients);
        List<ProducerRecord<String, byte[]>> published = new ArrayList<>();
        for (BadInputCase badInput : kafka()) {
            byte[] value = records.valueOf(badInput, messageIdOf(badInput));
            for (int i = 0; i < timesSent(badInput); i++) {
                published.add(new ProducerRecord<>(Topics.COMPLAINTS_SUBMITTED, keyOf(badInput), value));
            }
        }
        RawRecords.publish(clients, published);
        long repeatedOnKafka = kafka().stream().filter(BadInputCase::repeat).count();
        long restDuplicates = answers.values().stream().flatMap(List::stream)
                .filter(response -> response.statusCode() == 200).count();

        // and intake has registered, dead-lettered or recognised as a duplicate every Kafka record
        await().atMost(PATIENCE).untilAsserted(() -> {
            Map<String, ComplaintRegistered> registered = registrationsByMessageId();
            Map<String, ConsumerRecord<String, byte[]>> deadLetters = deadLettersByKey();
            for (BadInputCase badInput : kafka()) {
                if (badInput.expectsDeadLetter()) {
                    assertThat(deadLetters.keySet()).as(badInput.file()).contains(keyOf(badInput));
                } else {
                    assertThat(registered.keySet()).as(badInput.file())
                            .contains(records.messageIdOf(badInput, messageIdOf(badInput)));
                }
            }
            assertThat(total(IntakeMetrics.DUPLICATES) - duplicatesBefore)
                    .isGreaterThanOrEqualTo(restDuplicates + repeatedOnKafka);
        });

        // Then each case has the outcome its index entry names
        Map<String, ComplaintRegistered> registered = registrationsByMessageId();
        Map<String, ComplaintRegistered> registeredByCase = registered.values().stream()
                .collect(Collectors.toMap(ComplaintRegistered::getCaseId, Function.identity()));
        Map<String, ConsumerRecord<String, byte[]>> deadLetters = deadLettersByKey();
        SoftAssertions softly = new SoftAssertions();
        answers.forEach((badInput, responses) -> assertRestOutcome(softly, badInput, responses, registeredByCase));
        for (BadInputCase badInput : kafka()) {
            assertKafkaOutcome(softly, badInput, records, registered, deadLetters);
        }
        softly.assertAll();

        // and the run is conserved: submitted = registered + duplicates + rejected (4xx answers and dead letters)
        List<HttpResponse<String>> restAnswers = answers.values().stream().flatMap(List::stream).toList();
        long created = restAnswers.stream().filter(response -> response.statusCode() == 201).count();
        long restRejected = restAnswers.stream().filter(response -> response.statusCode() / 100 == 4).count();
        long kafkaDuplicates = Math.round(total(IntakeMetrics.DUPLICATES) - duplicatesBefore) - restDuplicates;
        long submitted = restAnswers.size() + published.size();
        assertThat(restAnswers).extracting(HttpResponse::statusCode).allMatch(status -> status < 500);
        assertThat(registered).hasSize((int) created + kafka().stream().filter(BadInputCase::expectsRegistration)
                .mapToInt(badInput -> 1).sum());
        assertThat(kafkaDuplicates).isEqualTo(repeatedOnKafka);
        assertThat(registered.size() + (restDuplicates + kafkaDuplicates) + (restRejected + deadLetters.size()))
                .isEqualTo(submitted);
    }

    private void assertRestOutcome(SoftAssertions softly, BadInputCase badInput, List<HttpResponse<String>> responses,
            Map<String, ComplaintRegistered> registeredByCase) {
        HttpResponse<String> answer = responses.get(0);
        softly.assertThat(answer.statusCode()).as("%s: status (body %s)", badInput, abbreviated(answer.body()))
                .isEqualTo(badInput.expectedStatus());
        if (answer.statusCode() != badInput.expectedStatus()) {
            return;
        }
        JsonNode body = json.readTree(answer.body().isEmpty() ? "{}" : answer.body());
        if (answer.statusCode() >= 400) {
            softly.assertThat(answer.headers().firstValue("Content-Type")).as("%s: content type", badInput)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            if (badInput.expected("type") != null) {
                softly.assertThat(body.path("type").asString()).as("%s: problem type", badInput)
                        .isEqualTo("/problems/" + badInput.expected("type"));
            }
            if (!badInput.expectedCodes().isEmpty()) {
                softly.assertThat(body.path("errors").valueStream().map(error -> error.path("code").asString()))
                        .as("%s: violation codes", badInput)
                        .containsExactlyInAnyOrderElementsOf(badInput.expectedCodes());
            }
            if (badInput.expected("field") != null) {
                softly.assertThat(body.path("errors").path(0).path("field").asString()).as("%s: field", badInput)
                        .isEqualTo(badInput.expected("field"));
            }
            return;
        }
        String caseId = body.path("caseId").asString();
        ComplaintRegistered registration = registeredByCase.get(caseId);
        softly.assertThat(registration).as("%s: registration of case %s", badInput, caseId).isNotNull();
        if (registration != null) {
            assertRegistration(softly, badInput, registration);
        }
        if (badInput.repeat()) {
            HttpResponse<String> repeat = responses.get(1);
            softly.assertThat(repeat.statusCode()).as("%s: repeat status", badInput).isEqualTo(200);
            softly.assertThat(json.readTree(repeat.body()).path("caseId").asString()).as("%s: repeat case", badInput)
                    .isEqualTo(caseId);
        }
    }

    private void assertKafkaOutcome(SoftAssertions softly, BadInputCase badInput, BadInputRecords records,
            Map<String, ComplaintRegistered> registered, Map<String, ConsumerRecord<String, byte[]>> deadLetters) {
        ConsumerRecord<String, byte[]> deadLetter = deadLetters.get(keyOf(badInput));
        if (!badInput.expectsDeadLetter()) {
            softly.assertThat(deadLetter).as("%s: no dead letter", badInput).isNull();
            ComplaintRegistered registration = registered.get(records.messageIdOf(badInput, messageIdOf(badInput)));
            softly.assertThat(registration).as("%s: registration", badInput).isNotNull();
            if (registration != null) {
                assertRegistration(softly, badInput, registration);
            }
            return;
        }
        softly.assertThat(deadLetter).as("%s: dead letter", badInput).isNotNull();
        if (deadLetter == null) {
            return;
        }
        softly.assertThat(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).as("%s: source topic", badInput)
                .contains(Topics.COMPLAINTS_SUBMITTED);
        if (badInput.expected("reason") != null) {
            softly.assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).as("%s: reason", badInput)
                    .hasValueSatisfying(reason -> assertThat(reason).contains(badInput.expected("reason")));
        }
        if (!badInput.expectedCodes().isEmpty()) {
            softly.assertThat(header(deadLetter, REJECTION_REASONS).map(codes -> Arrays.asList(codes.split(","))))
                    .as("%s: rejection reasons", badInput).contains(badInput.expectedCodes());
        }
    }

    private static void assertRegistration(SoftAssertions softly, BadInputCase badInput,
            ComplaintRegistered registration) {
        if (badInput.expect().containsKey("text")) {
            softly.assertThat(registration.getRedactedText()).as("%s: registered text", badInput)
                    .isEqualTo(badInput.expected("text"));
        }
        if (badInput.expect().containsKey("textLength")) {
            softly.assertThat(registration.getRedactedText()).as("%s: registered text", badInput)
                    .hasSize((Integer) badInput.expect().get("textLength"));
        }
        if (badInput.expect().containsKey("product")) {
            softly.assertThat(registration.getProduct()).as("%s: registered product", badInput)
                    .isEqualTo(badInput.expected("product"));
        }
        if (badInput.expect().containsKey("amount")) {
            softly.assertThat(Optional.ofNullable(registration.getAmountAtStake())
                            .map(money -> money.getAmount().toPlainString() + " " + money.getCurrency()).orElse(null))
                    .as("%s: registered amount", badInput).isEqualTo(badInput.expected("amount"));
        }
    }

    private List<BadInputCase> rest() {
        return corpus.stream().filter(BadInputCase::isRest).toList();
    }

    private List<BadInputCase> kafka() {
        return corpus.stream().filter(badInput -> !badInput.isRest()).toList();
    }

    private static int timesSent(BadInputCase badInput) {
        return badInput.repeat() ? 2 : 1;
    }

    private String messageIdOf(BadInputCase badInput) {
        return badInput.name() + "-" + run;
    }

    private String keyOf(BadInputCase badInput) {
        return "bad-input:" + messageIdOf(badInput);
    }

    /** The run's registrations, by channel message id (every case that may register carries the run's id). */
    private Map<String, ComplaintRegistered> registrationsByMessageId() {
        try (TopicReader<ComplaintRegistered> reader = TopicReader.of(clients, Topics.COMPLAINTS_REGISTERED,
                new AvroDeserializer<>())) {
            return reader.readToEnd().stream().map(ConsumerRecord::value)
                    .filter(event -> event.getChannelMessageId().contains(run))
                    .collect(Collectors.toMap(ComplaintRegistered::getChannelMessageId, Function.identity()));
        }
    }

    private Map<String, ConsumerRecord<String, byte[]>> deadLettersByKey() {
        try (TopicReader<byte[]> reader = TopicReader.raw(clients, Topics.COMPLAINTS_SUBMITTED_DLT)) {
            return reader.readToEnd().stream().filter(record -> record.key() != null && record.key().contains(run))
                    .collect(Collectors.toMap(ConsumerRecord::key, Function.identity()));
        }
    }

    private double total(String meter) {
        return meters.find(meter).counters().stream().mapToDouble(Counter::count).sum();
    }

    private HttpResponse<String> post(byte[] body, Map<String, String> headers) throws Exception {
        Map<String, String> effective = new HashMap<>(Map.of("Content-Type", "application/json",
                "X-Api-Key", IntakeIT.API_KEY));
        effective.putAll(headers);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/complaints"))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        effective.forEach((name, value) -> {
            if (value != null) {
                request.header(name, value);
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return Optional.ofNullable(header).map(found -> new String(found.value(), StandardCharsets.UTF_8));
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
