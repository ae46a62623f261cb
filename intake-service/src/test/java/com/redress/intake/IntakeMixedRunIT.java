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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.support.KafkaHeaders;

import com.redress.contract.Topics;
import com.redress.events.intake.ChannelSubmission;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.intake.SubmittedContact;
import com.redress.intake.registration.IntakeMetrics;
import com.redress.platform.deadletter.DeadLetterRecords;
import com.redress.platform.serde.AvroDeserializer;
import com.redress.platform.serde.AvroSerializer;
import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.TopicProbe;
import com.redress.testkit.WithLocalKafkaStack;

/**
 * Issue 3's two run-level guarantees against a real broker and registry: every submission of a mixed run through both
 * doors is accounted for exactly once, and planted personal data never reaches a topic intake writes or its logs.
 *
 * <p>Runs in the same Spring context as {@link IntakeIT} (identical configuration). Each test uses channels no other
 * test uses, so the counters' increments are its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        IntakeIT.API_KEY_PROPERTY, IntakeIT.SCOPES_PROPERTY, IntakeIT.ACTIVE_KEY_PROPERTY, IntakeIT.CONTACT_KEY_PROPERTY,
        IntakeIT.PSEUDONYM_KEY_PROPERTY, IntakeIT.CASE_ID_KEY_PROPERTY, IntakeIT.ACTIVE_CASE_ID_KEY_PROPERTY,
        IntakeIT.STATE_DIR_PROPERTY,
        "redress.dead-letter.initial-interval=50ms"})
@WithLocalKafkaStack
@ExtendWith(OutputCaptureExtension.class)
class IntakeMixedRunIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String SOURCE = "wechat-service-account";
    private static final Set<String> MIXED_RUN_CHANNELS =
            Set.of("PHONE_HOTLINE", "WEB_BANKING", "MOBILE_BANKING", "BRANCH_COUNTER", "EMAIL");

    // planted personal data: a resident ID with a valid checksum, a card number passing Luhn, a mobile, an e-mail
    private static final String ID_NUMBER = "440304199003075417";
    private static final String CARD = "6222021234567890128";
    private static final String CARD_GROUPED = "6222 0212 3456 7890 128";
    private static final String MOBILE = "13812341234";
    private static final String MOBILE_GROUPED = "138 1234 1234";
    private static final String MOBILE_FULL_WIDTH = "１３８１２３４１２３４";
    private static final String MOBILE_E164 = "+8613812341234";
    private static final String EMAIL = "Li.Wei.Complaints@Example-Bank.com";
    /** Every form a planted value could take once written: as given, normalised, E.164, lower-cased. */
    private static final List<String> PLANTED_FORMS = List.of(ID_NUMBER, CARD, CARD_GROUPED, MOBILE, MOBILE_GROUPED,
            MOBILE_FULL_WIDTH, MOBILE_E164, EMAIL.toLowerCase(Locale.ROOT));
    private static final String PLANTED_ZH = "我的身份证号" + ID_NUMBER + "，信用卡" + CARD_GROUPED + "被盗刷，请打"
            + MOBILE_FULL_WIDTH + "或" + MOBILE + "联系我，邮箱" + EMAIL;
    private static final String PLANTED_EN = "My ID is " + ID_NUMBER + ", card " + CARD + " was skimmed. Call me on "
            + MOBILE_E164 + " or " + MOBILE_GROUPED + ", or e-mail " + EMAIL + ".";

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    private final HttpClient http = HttpClient.newHttpClient();
    private Map<String, Object> clients;
    private String run;

    @BeforeEach
    void connect(LocalKafkaStack stack) {
        clients = new HashMap<>(stack.clientProperties());
        run = UUID.randomUUID().toString();
        // the REST door answers 503 until the registered-cases view has loaded
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                postComplaint(complaint("hotline", "warm-up", "热身"), null).statusCode()).isIn(200, 201));
    }

    @Test
    void shouldAccountForEverySubmissionOfAMixedRunThroughBothDoors() throws Exception {
        Counts before = counts();

        // Given a mixed run over REST: new complaints, exact repeats by message id and by Idempotency-Key, invalid ones
        List<HttpResponse<String>> rest = new ArrayList<>();
        rest.add(postComplaint(complaint("95588 hotline", id("rest-1"), "信用卡年费未经同意被扣"), null));
        rest.add(postComplaint(complaint("95588 hotline", id("rest-1"), "信用卡年费未经同意被扣"), null));
        rest.add(postComplaint(complaint("网银", id("rest-2"), "Online transfer failed but the money left"), null));
        rest.add(postComplaint(complaint("web banking", null, "理财产品赎回一直未到账"), id("idem-1")));
        rest.add(postComplaint(complaint("web banking", null, "理财产品赎回一直未到账"), id("idem-1")));
        rest.add(postComplaint(complaint("hotline", id("rest-bad-1"), " "), null));
        rest.add(postComplaint("""
                {"channel": "web", "channelMessageId": "%s", "phone": "12345", "email": "not-an-address",
                 "text": "联系方式填错了"}""".formatted(id("rest-bad-2")), null));
        rest.add(postComplaint("""
                {"channel": "phone", "channelMessageId": "%s", "receivedAt": "%s", "text": "来自未来的投诉"}"""
                .formatted(id("rest-bad-3"), Instant.now().plus(Duration.ofDays(1))), null));
        // and over Kafka: new submissions, exact repeats, invalid fields, bytes that are not Avro, an unknown schema id
        ChannelSubmission app = submission("mobile banking", id("kafka-1"), "转账显示成功但对方未收到");
        ChannelSubmission mail = submission("e-mail", id("kafka-3"), "Charged twice for the same card purchase");
        List<ProducerRecord<String, byte[]>> kafka = List.of(
                avro(app), avro(app),
                avro(submission("柜台", id("kafka-2"), "网点排队两小时无人处理")),
                avro(mail), avro(mail),
                avro(submission("手机银行", id("kafka-bad-1"), " ", "not-an-address")),
                avro(withZone(submission("branch", id("kafka-bad-2"), "柜员态度恶劣"), "Mars/Olympus_Mons")),
                raw("app:" + id("kafka-junk"), "{\"text\": \"not Avro at all\"}".getBytes(StandardCharsets.UTF_8)),
                raw("app:" + id("kafka-unknown-schema"), unknownSchemaRecord()));
        RawRecords.publish(clients, kafka);
        int kafkaDecodable = kafka.size() - 2;

        // When intake has dealt with every submission that reached it and dead-lettered what it could not read
        await().atMost(PATIENCE).untilAsserted(() -> {
            Counts now = counts().minus(before);
            assertThat(now.registered() + now.duplicates() + now.rejected()).isEqualTo(rest.size() + kafkaDecodable);
            assertThat(deadLettersOfRun()).hasSizeGreaterThanOrEqualTo(4);
        });

        // Then the REST answers split into created, repeated and rejected, the rejections with problem details
        Map<Integer, Long> byStatus = rest.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertThat(byStatus).containsOnlyKeys(201, 200, 400).containsEntry(201, 3L).containsEntry(200, 2L)
                .containsEntry(400, 3L);
        Set<String> restCases = rest.stream().filter(response -> response.statusCode() == 201)
                .map(response -> jsonField(response.body(), "caseId")).collect(Collectors.toSet());
        // and accepted (REST 201 + new Kafka submissions) = the run's records on complaints.registered, one per case
        // (the one registered by Idempotency-Key alone carries the key's pseudonym, so it is found by its case)
        List<ComplaintRegistered> registered = registrationsOfRun(restCases);
        assertThat(registered).hasSize(3 + 3);
        assertThat(registered.stream().map(ComplaintRegistered::getCaseId).distinct()).hasSize(6)
                .containsAll(restCases);
        assertThat(registered.stream().filter(event -> !restCases.contains(event.getCaseId()))
                .map(ComplaintRegistered::getChannelMessageId))
                .containsExactlyInAnyOrder(id("kafka-1"), id("kafka-2"), id("kafka-3"));
        // and every invalid or unreadable Kafka submission is one dead letter, nothing more
        List<ConsumerRecord<String, byte[]>> deadLetters = deadLettersOfRun();
        assertThat(deadLetters).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(
                "手机银行:" + id("kafka-bad-1"), "branch:" + id("kafka-bad-2"),
                "app:" + id("kafka-junk"), "app:" + id("kafka-unknown-schema"));
        // and the counters agree: received counts every submission that reached intake, undecodable bytes never do
        Counts counted = counts().minus(before);
        assertThat(counted).isEqualTo(new Counts(rest.size(), kafkaDecodable, 3 + 3, 2 + 2, 3 + 2));
        // so submitted = registered + duplicates + rejected (REST) or dead-lettered (Kafka), on each door
        long kafkaRegistered = registered.size() - restCases.size();
        long kafkaDuplicates = counted.duplicates() - byStatus.get(200);
        assertThat(byStatus.get(201) + byStatus.get(200) + byStatus.get(400)).isEqualTo(rest.size());
        assertThat(kafkaRegistered + kafkaDuplicates + deadLetters.size()).isEqualTo(kafka.size());
    }

    @Test
    void shouldKeepPlantedPersonalDataOffEveryTopicIntakeWritesAndOutOfItsLogs(CapturedOutput output)
            throws Exception {
        // Given complaints carrying an ID number, a card number, a mobile and an e-mail in their texts and contacts,
        // through REST and Kafka, valid and invalid
        HttpResponse<String> viaRest = postComplaint(plantedComplaint("微博", id("pii-rest"), MOBILE, EMAIL),
                null);
        HttpResponse<String> invalidViaRest = postComplaint(
                plantedComplaint("weibo", id("pii-rest-bad"), MOBILE_GROUPED, EMAIL + "@"), null);
        String kafkaMessageId = id("pii-kafka");
        RawRecords.publish(clients, List.of(avro(planted(submission("letter", kafkaMessageId, PLANTED_EN))),
                avro(withZone(planted(submission("letter", id("pii-kafka-bad"), PLANTED_ZH)), "Mars/Olympus_Mons"))));
        assertThat(viaRest.statusCode()).isEqualTo(201);
        String caseId = jsonField(viaRest.body(), "caseId");
        // and a case handler's update whose free texts carry them too
        HttpResponse<String> update = post("/api/v1/complaints/" + caseId + "/updates", """
                {"updateType": "RESOLVED", "actor": "E10023871", "note": "%s",
                 "resolution": {"outcome": "UPHELD", "remedy": "退还至卡%s", "responsibleParty": "%s",
                                "nextSteps": "%s"}}""".formatted(PLANTED_ZH, CARD, PLANTED_EN, PLANTED_EN), null);

        // and identifiers carrying them: a mobile inside the message id, the ID number as staff id, the card number
        // as category code, the e-mail address as Idempotency-Key, and the mobile as the actor of an update
        HttpResponse<String> viaIdentifiers = postComplaint("""
                {"channel": "wechat", "channelMessageId": "wx-%s-%s", "zone": "Asia/Shanghai", "text": "客服一直不接电话",
                 "firstContact": {"staffId": "%s", "unitId": "CC-SH-HOTLINE"}, "codes": {"categoryCode": "%s"}}"""
                .formatted(MOBILE, run, ID_NUMBER, CARD), null);
        HttpResponse<String> viaKey = postComplaint(complaint("wechat", null, "网银转账失败"), EMAIL + "-" + run);
        HttpResponse<String> actorUpdate = post("/api/v1/complaints/" + caseId + "/updates",
                "{\"updateType\": \"ACKNOWLEDGED\", \"actor\": \"" + MOBILE + "\"}", null);

        // When intake has written all of it
        assertThat(invalidViaRest.statusCode()).isEqualTo(400);
        assertThat(update.statusCode()).isEqualTo(202);
        assertThat(viaIdentifiers.statusCode()).isEqualTo(201);
        assertThat(viaKey.statusCode()).isEqualTo(201);
        assertThat(actorUpdate.statusCode()).isEqualTo(400);
        assertThat(actorUpdate.body()).contains("personal_data_in_identifier");
        Set<String> identifierCases = Set.of(jsonField(viaIdentifiers.body(), "caseId"),
                jsonField(viaKey.body(), "caseId"));
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(registrationsOfRun(identifierCases)).extracting(ComplaintRegistered::getChannelMessageId)
                    .contains(kafkaMessageId).anyMatch(id -> id.startsWith("pid_"))
                    .anyMatch(id -> id.startsWith("idk_"));
            assertThat(deadLettersOfRun()).isNotEmpty();
            assertThat(rawRecords(Topics.COMPLAINTS_UPDATES)).anyMatch(record -> caseId.equals(record.key()));
        });

        // Then the scan finds them where the channel systems put them: complaints.submitted is written by the channels,
        // holds what they sent and is therefore excluded from the claim
        assertThat(plantedIn(rawRecords(Topics.COMPLAINTS_SUBMITTED).stream()
                .filter(record -> record.key() != null && record.key().contains(run))
                .map(record -> utf8(record.value())).toList()))
                .isNotEmpty();
        // and nowhere on any other topic: keys, headers, values as bytes and as decoded JSON
        List<String> topics = topicsBesidesChannelSubmissions();
        assertThat(topics).contains(Topics.COMPLAINTS_REGISTERED, Topics.COMPLAINTS_UPDATES,
                Topics.COMPLAINTS_SUBMITTED_DLT);
        for (String topic : topics) {
            assertThat(plantedIn(writtenTextOf(topic))).as("planted personal data on %s", topic).isEmpty();
        }
        // but for dead letters' values, which are the channel's submission byte for byte, exactly as on its topic
        assertDeadLettersCopyTheirSourceRecords();
        // and neither the answers nor the log lines of the whole run carry them, though the log names the case
        assertThat(plantedIn(List.of(viaRest.body(), invalidViaRest.body(), update.body(), viaIdentifiers.body(),
                viaKey.body(), actorUpdate.body()))).isEmpty();
        assertThat(output.getAll()).contains(caseId);
        assertThat(plantedIn(List.of(output.getAll()))).isEmpty();
    }

    /** The text of every record on {@code topic}: key, headers, raw value and, where it is Avro, decoded JSON. */
    private List<String> writtenTextOf(String topic) {
        List<String> texts = new ArrayList<>();
        boolean deadLetters = topic.endsWith(Topics.DEAD_LETTER_SUFFIX);
        for (ConsumerRecord<String, byte[]> record : rawRecords(topic)) {
            texts.add(String.valueOf(record.key()));
            for (Header header : record.headers()) {
                texts.add(header.key() + "=" + utf8(header.value()));
            }
            if (!deadLetters) {
                texts.add(utf8(record.value()));
            }
        }
        // Avro on the catalog's topics; Kafka Streams' changelogs hold intake's own state, JSON, scanned as text above
        if (!deadLetters && Topics.find(topic).isPresent()) {
            try (TopicProbe<Object> decoded = TopicProbe.ofLog(clients, new AvroDeserializer<>(), topic)) {
                decoded.readToEnd().forEach(record -> texts.add(String.valueOf(record.value())));
            }
        }
        return texts;
    }

    private void assertDeadLettersCopyTheirSourceRecords() {
        // a tombstone's value is null, which Collectors.toMap refuses
        Map<String, byte[]> submitted = new HashMap<>();
        rawRecords(Topics.COMPLAINTS_SUBMITTED).forEach(record -> submitted.put(
                record.partition() + "@" + record.offset(), record.value()));
        for (ConsumerRecord<String, byte[]> deadLetter : rawRecords(Topics.COMPLAINTS_SUBMITTED_DLT)) {
            String source = ByteBuffer.wrap(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_PARTITION)).getInt() + "@"
                    + ByteBuffer.wrap(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_OFFSET)).getLong();
            Header truncated = deadLetter.headers().lastHeader(DeadLetterRecords.VALUE_TRUNCATED_HEADER);
            if (truncated == null) {
                assertThat(deadLetter.value()).as("dead letter of %s", source).isEqualTo(submitted.get(source));
            } else {
                // a record too large to be dead-lettered whole: the start of it, and its length
                byte[] original = submitted.get(source);
                assertThat(utf8(truncated.value())).as("length of %s", source)
                        .isEqualTo(Integer.toString(original.length));
                assertThat(deadLetter.value()).as("dead letter of %s", source)
                        .isEqualTo(Arrays.copyOf(original, deadLetter.value().length));
            }
        }
    }

    private static List<String> plantedIn(List<String> texts) {
        return texts.stream().map(text -> text.toLowerCase(Locale.ROOT))
                .flatMap(text -> PLANTED_FORMS.stream().filter(text::contains)).distinct().toList();
    }

    private List<String> topicsBesidesChannelSubmissions() throws Exception {
        try (Admin admin = Admin.create(clients)) {
            return admin.listTopics().names().get().stream()
                    .filter(topic -> !topic.equals(Topics.COMPLAINTS_SUBMITTED)).sorted().toList();
        }
    }

    private List<ComplaintRegistered> registrationsOfRun() {
        return registrationsOfRun(Set.of());
    }

    /** The registrations whose message id names the run, and those of {@code cases}. */
    private List<ComplaintRegistered> registrationsOfRun(Set<String> cases) {
        try (TopicProbe<ComplaintRegistered> reader = TopicProbe.of(clients, new AvroDeserializer<>(),
                Topics.COMPLAINTS_REGISTERED)) {
            return reader.readToEnd().stream().map(ConsumerRecord::value)
                    .filter(event -> event.getChannelMessageId().contains(run) || cases.contains(event.getCaseId()))
                    .toList();
        }
    }

    private List<ConsumerRecord<String, byte[]>> deadLettersOfRun() {
        return rawRecords(Topics.COMPLAINTS_SUBMITTED_DLT).stream()
                .filter(record -> record.key() != null && record.key().contains(run))
                .toList();
    }

    private List<ConsumerRecord<String, byte[]>> rawRecords(String topic) {
        try (TopicProbe<byte[]> reader = TopicProbe.ofLog(clients, new ByteArrayDeserializer(), topic)) {
            return reader.readToEnd();
        }
    }

    /** The run's increments of intake's counters, over the mixed run's channels only. */
    private Counts counts() {
        return new Counts(
                sum(IntakeMetrics.RECEIVED, "rest"), sum(IntakeMetrics.RECEIVED, "kafka"),
                sum(IntakeMetrics.REGISTERED, null), sum(IntakeMetrics.DUPLICATES, null),
                sum(IntakeMetrics.REJECTED, null));
    }

    private long sum(String meter, String path) {
        return Math.round(meters.find(meter).counters().stream()
                .filter(counter -> MIXED_RUN_CHANNELS.contains(counter.getId().getTag(IntakeMetrics.TAG_CHANNEL)))
                .filter(counter -> path == null || path.equals(counter.getId().getTag(IntakeMetrics.TAG_PATH)))
                .mapToDouble(Counter::count).sum());
    }

    private record Counts(long receivedRest, long receivedKafka, long registered, long duplicates, long rejected) {

        Counts minus(Counts earlier) {
            return new Counts(receivedRest - earlier.receivedRest, receivedKafka - earlier.receivedKafka,
                    registered - earlier.registered, duplicates - earlier.duplicates, rejected - earlier.rejected);
        }
    }

    private String id(String name) {
        return name + "-" + run;
    }

    private static String complaint(String channel, String messageId, String text) {
        return """
                {"channel": "%s", %s "zone": "Asia/Shanghai", "customerReference": "CUST-771204",
                 "phone": "13900001111", "segment": "ordinary", "text": "%s"}"""
                .formatted(channel, messageId == null ? "" : "\"channelMessageId\": \"" + messageId + "\",", text);
    }

    private static String plantedComplaint(String channel, String messageId, String phone, String email) {
        return """
                {"channel": "%s", "channelMessageId": "%s", "zone": "Asia/Shanghai", "customerReference": "%s",
                 "phone": "%s", "email": "%s", "product": "信用卡 %s", "text": "%s"}"""
                .formatted(channel, messageId, ID_NUMBER, phone, email, CARD, PLANTED_ZH);
    }

    private static ChannelSubmission submission(String channel, String messageId, String text) {
        return submission(channel, messageId, text, null);
    }

    private static ChannelSubmission submission(String channel, String messageId, String text, String email) {
        return ChannelSubmission.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now())
                .setSource(SOURCE)
                .setChannel(channel)
                .setChannelMessageId(messageId)
                .setReceivedAt(Instant.now().minusSeconds(60))
                .setReceivedZoneId("Asia/Shanghai")
                .setCustomerReference("CUST-550321")
                .setContact(SubmittedContact.newBuilder().setPhone("13900002222").setEmail(email).build())
                .setText(text)
                .build();
    }

    private static ChannelSubmission planted(ChannelSubmission submission) {
        return ChannelSubmission.newBuilder(submission)
                .setCustomerReference(ID_NUMBER)
                .setContact(SubmittedContact.newBuilder().setPhone(MOBILE_GROUPED).setEmail(EMAIL).build())
                .setProduct("card " + CARD_GROUPED)
                .build();
    }

    private static ChannelSubmission withZone(ChannelSubmission submission, String zone) {
        return ChannelSubmission.newBuilder(submission).setReceivedZoneId(zone).build();
    }

    /** A submission as a channel system publishes it: Avro in the wire format, keyed channel:messageId. */
    private ProducerRecord<String, byte[]> avro(ChannelSubmission submission) {
        Map<String, Object> config = new HashMap<>(clients);
        config.put("auto.register.schemas", false);
        try (AvroSerializer<ChannelSubmission> serializer = new AvroSerializer<>()) {
            serializer.configure(config, false);
            return raw(submission.getChannel() + ":" + submission.getChannelMessageId(),
                    serializer.serialize(Topics.COMPLAINTS_SUBMITTED, submission));
        }
    }

    private static ProducerRecord<String, byte[]> raw(String key, byte[] value) {
        return new ProducerRecord<>(Topics.COMPLAINTS_SUBMITTED, key, value);
    }

    /** The wire format's magic byte and a schema id no registry has issued, then some bytes. */
    private static byte[] unknownSchemaRecord() {
        return ByteBuffer.allocate(9).put((byte) 0).putInt(Integer.MAX_VALUE - 7).putInt(42).array();
    }

    private HttpResponse<String> postComplaint(String json, String idempotencyKey) throws Exception {
        return post("/api/v1/complaints", json, idempotencyKey);
    }

    private HttpResponse<String> post(String path, String json, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("X-Api-Key", IntakeIT.API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String jsonField(String json, String field) {
        int start = json.indexOf("\"" + field + "\":\"") + field.length() + 4;
        return json.substring(start, json.indexOf('"', start));
    }

    private static byte[] header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return header.value();
    }

    private static String utf8(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
