package com.redress.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
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
import com.redress.platform.deadletter.DeadLetterRecords;
import com.redress.platform.serde.AvroDeserializer;
import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.TopicProbe;
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
    private static final String PSEUDONYM = "(pid|idk)_[0-9a-f]{32}";

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
                responses.add(post(body, headersOf(badInput)));
            }
            answers.put(badInput, responses);
        }
        BadInputRecords records = new BadInputRecords(clients);
        List<ProducerRecord<String, byte[]>> published = new ArrayList<>();
        Map<BadInputCase, Integer> lastRecordOf = new LinkedHashMap<>();
        for (BadInputCase badInput : kafka()) {
            String messageId = messageIdOf(badInput);
            if (badInput.precededBy() != null) {
                // the same message id, so the same key and partition: the predecessor is decided first
                published.add(new ProducerRecord<>(Topics.COMPLAINTS_SUBMITTED,
                        records.submissionKeyOf(badInput.precededBy(), messageId),
                        records.submissionValueOf(badInput.precededBy(), messageId)));
            }
            byte[] value = records.valueOf(badInput, messageId);
            for (int i = 0; i < timesSent(badInput); i++) {
                published.add(new ProducerRecord<>(Topics.COMPLAINTS_SUBMITTED, null,
                        records.keyOf(badInput, messageId), value, BadInputRecords.headersOf(badInput, messageId)));
            }
            lastRecordOf.put(badInput, published.size() - 1);
        }
        List<RecordMetadata> landed = RawRecords.publish(clients, published);
        Map<BadInputCase, String> originOf = new LinkedHashMap<>();
        lastRecordOf.forEach((badInput, index) -> originOf.put(badInput, origin(landed.get(index))));
        Set<String> runOrigins = landed.stream().map(BadInputCorpusIT::origin).collect(Collectors.toSet());
        long duplicatesOnKafka = kafka().stream().mapToInt(BadInputCase::duplicatesExpected).sum();
        long restDuplicates = answers.values().stream().flatMap(List::stream)
                .filter(response -> response.statusCode() == 200).count();
        // a REST case's registration is found by the case its answer names: a pseudonymised message id names no run
        Set<String> restCases = answers.values().stream().flatMap(List::stream)
                .filter(response -> response.statusCode() == 201)
                .map(response -> json.readTree(response.body()).path("caseId").asString())
                .collect(Collectors.toSet());

        // and intake has registered, dead-lettered or recognised as a duplicate every Kafka record
        await().atMost(PATIENCE).untilAsserted(() -> {
            Map<String, ComplaintRegistered> registered = registrationsByMessageId(restCases);
            Map<String, ConsumerRecord<String, byte[]>> deadLetters = deadLettersByOrigin(runOrigins);
            for (BadInputCase badInput : kafka()) {
                if (badInput.expectsDeadLetter()) {
                    assertThat(deadLetters.keySet()).as(badInput.file()).contains(originOf.get(badInput));
                } else {
                    assertThat(registered.keySet()).as(badInput.file())
                            .contains(records.messageIdOf(badInput, messageIdOf(badInput)));
                }
            }
            assertThat(total(IntakeMetrics.DUPLICATES) - duplicatesBefore)
                    .isGreaterThanOrEqualTo(restDuplicates + duplicatesOnKafka);
        });

        // Then each case has the outcome its index entry names
        Map<String, ComplaintRegistered> registered = registrationsByMessageId(restCases);
        Map<String, ComplaintRegistered> registeredByCase = registered.values().stream()
                .collect(Collectors.toMap(ComplaintRegistered::getCaseId, Function.identity()));
        Map<String, ConsumerRecord<String, byte[]>> deadLetters = deadLettersByOrigin(runOrigins);
        SoftAssertions softly = new SoftAssertions();
        answers.forEach((badInput, responses) -> assertRestOutcome(softly, badInput, responses, registeredByCase));
        for (BadInputCase badInput : kafka()) {
            assertKafkaOutcome(softly, badInput, records, registered, deadLetters.get(originOf.get(badInput)),
                    published.get(lastRecordOf.get(badInput)));
        }
        softly.assertAll();

        // and the run is conserved: submitted = registered + duplicates + rejected (4xx answers and dead letters)
        List<HttpResponse<String>> restAnswers = answers.values().stream().flatMap(List::stream).toList();
        long created = restAnswers.stream().filter(response -> response.statusCode() == 201).count();
        long restRejected = restAnswers.stream().filter(response -> response.statusCode() / 100 == 4).count();
        long kafkaDuplicates = Math.round(total(IntakeMetrics.DUPLICATES) - duplicatesBefore) - restDuplicates;
        long submitted = restAnswers.size() + published.size();
        assertThat(restAnswers).extracting(HttpResponse::statusCode).allMatch(status -> status < 500);
        assertThat(registered).hasSize((int) created + kafka().stream()
                .mapToInt(BadInputCase::registrationsExpected).sum());
        assertThat(kafkaDuplicates).isEqualTo(duplicatesOnKafka);
        assertThat(deadLetters).hasSize((int) kafka().stream().filter(BadInputCase::expectsDeadLetter).count());
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
            Map<String, ComplaintRegistered> registered, ConsumerRecord<String, byte[]> deadLetter,
            ProducerRecord<String, byte[]> sent) {
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
        if (badInput.precededBy() != null) {
            softly.assertThat(registered).as("%s: registration of its predecessor", badInput)
                    .containsKey(messageIdOf(badInput));
        }
        softly.assertThat(values(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).as("%s: source topic", badInput)
                .containsExactly(Topics.COMPLAINTS_SUBMITTED);
        if (badInput.expected("reason") != null) {
            softly.assertThat(values(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).as("%s: reason", badInput)
                    .singleElement().satisfies(reason -> assertThat(reason).contains(badInput.expected("reason")));
        }
        // one reason header, the real one, whatever the channel put there
        List<String> reasons = values(deadLetter, REJECTION_REASONS);
        if (!badInput.expectedCodes().isEmpty()) {
            softly.assertThat(reasons).as("%s: rejection reasons", badInput).singleElement()
                    .satisfies(codes -> assertThat(Arrays.asList(codes.split(",")))
                            .isEqualTo(badInput.expectedCodes()));
        } else {
            softly.assertThat(reasons).as("%s: no rejection reasons", badInput).isEmpty();
        }
        // the channel's headers in the dead-letter namespaces are gone, its others are kept
        badInput.headers().forEach((name, value) -> {
            String sentValue = value.replace("{{messageId}}", messageIdOf(badInput));
            boolean reserved = DeadLetterRecords.isReserved(name);
            softly.assertThat(values(deadLetter, name)).as("%s: header %s", badInput, name)
                    .matches(found -> reserved != found.contains(sentValue), reserved ? "left out" : "kept");
        });
        for (String kept : badInput.expectedKeptHeaders()) {
            softly.assertThat(values(deadLetter, kept)).as("%s: kept header %s", badInput, kept).hasSize(1);
        }
        // and the value is the record's, or, for one that would not fit the broker, its start
        if (badInput.expectsTruncatedValue()) {
            softly.assertThat(values(deadLetter, DeadLetterRecords.VALUE_TRUNCATED_HEADER))
                    .as("%s: original length", badInput).containsExactly(Integer.toString(sent.value().length));
            softly.assertThat(deadLetter.value()).as("%s: start of the value", badInput)
                    .hasSizeLessThan(sent.value().length)
                    .isEqualTo(Arrays.copyOf(sent.value(), deadLetter.value().length));
        } else {
            softly.assertThat(values(deadLetter, DeadLetterRecords.VALUE_TRUNCATED_HEADER))
                    .as("%s: value not cut", badInput).isEmpty();
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
        for (String field : badInput.expectedPseudonymised()) {
            softly.assertThat(registeredValue(registration, field)).as("%s: %s pseudonymised", badInput, field)
                    .matches(PSEUDONYM);
        }
        for (String field : badInput.expectedKept()) {
            softly.assertThat(registeredValue(registration, field)).as("%s: %s as sent", badInput, field)
                    .isNotNull().doesNotMatch(PSEUDONYM);
        }
        if (badInput.expect().containsKey("amount")) {
            softly.assertThat(Optional.ofNullable(registration.getAmountAtStake())
                            .map(money -> money.getAmount().toPlainString() + " " + money.getCurrency()).orElse(null))
                    .as("%s: registered amount", badInput).isEqualTo(badInput.expected("amount"));
        }
    }

    private static String registeredValue(ComplaintRegistered registration, String field) {
        return switch (field) {
            case "channelMessageId" -> registration.getChannelMessageId();
            case "firstContact.staffId" -> registration.getFirstContactOwner().getStaffId();
            case "firstContact.unitId" -> registration.getFirstContactOwner().getUnitId();
            case "codes.categoryCode" -> registration.getChannelCategoryCode();
            default -> throw new IllegalArgumentException("No registered field " + field);
        };
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

    /** The case's headers, {@code {{messageId}}} in a value replaced as in the body. */
    private Map<String, String> headersOf(BadInputCase badInput) {
        Map<String, String> headers = new HashMap<>();
        badInput.headers().forEach((name, value) -> headers.put(name,
                value == null ? null : value.replace("{{messageId}}", messageIdOf(badInput))));
        return headers;
    }

    /**
     * The run's registrations, by channel message id: those whose message id carries the run's id, and those of the
     * REST answers' {@code restCases}, whose message id may be a pseudonym.
     */
    private Map<String, ComplaintRegistered> registrationsByMessageId(Set<String> restCases) {
        try (TopicProbe<ComplaintRegistered> reader = TopicProbe.of(clients, new AvroDeserializer<>(),
                Topics.COMPLAINTS_REGISTERED)) {
            return reader.readToEnd().stream().map(ConsumerRecord::value)
                    .filter(event -> event.getChannelMessageId().contains(run)
                            || restCases.contains(event.getCaseId()))
                    .collect(Collectors.toMap(ComplaintRegistered::getChannelMessageId, Function.identity()));
        }
    }

    /** The dead letters of the run's records, by the partition and offset of the record each one is of. */
    private Map<String, ConsumerRecord<String, byte[]>> deadLettersByOrigin(Set<String> runOrigins) {
        try (TopicProbe<byte[]> reader = TopicProbe.of(clients, new ByteArrayDeserializer(),
                Topics.COMPLAINTS_SUBMITTED_DLT)) {
            return reader.readToEnd().stream()
                    .filter(record -> runOrigins.contains(originOf(record)))
                    .collect(Collectors.toMap(BadInputCorpusIT::originOf, Function.identity()));
        }
    }

    private static String origin(RecordMetadata record) {
        return record.partition() + "@" + record.offset();
    }

    private static String originOf(ConsumerRecord<String, byte[]> deadLetter) {
        Header partition = deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION);
        Header offset = deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET);
        return partition == null || offset == null ? "none"
                : ByteBuffer.wrap(partition.value()).getInt() + "@" + ByteBuffer.wrap(offset.value()).getLong();
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

    /** Every value of header {@code name}, in order, as UTF-8. */
    private static List<String> values(ConsumerRecord<?, ?> record, String name) {
        List<String> values = new ArrayList<>();
        record.headers().headers(name).forEach(header -> values.add(header.value() == null ? ""
                : new String(header.value(), StandardCharsets.UTF_8)));
        return values;
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
