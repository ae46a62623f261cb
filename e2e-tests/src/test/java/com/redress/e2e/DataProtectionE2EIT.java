package com.redress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

import com.redress.events.intake.ChannelSubmission;
import com.redress.events.intake.FirstContactOwner;

/**
 * Known personal data planted in complaints from both doors — in the text, the contact details and every identifier
 * (channel message id, first-contact owner, channel code, Idempotency-Key) — in a case handler's notes and actor, and
 * in a survey comment, after the whole flow has run: no topic of the suite (internal ones included) and no log line of
 * any service holds any of it in plaintext. The one exception by design is the channel systems' own input,
 * {@code complaints.submitted} and its dead letters, keys and values kept as they were sent under short retention.
 */
@WithRunningSuite
class DataProtectionE2EIT {

    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(90);

    // a resident ID with a valid checksum and one with a typo in it, a card number passing Luhn, a mobile number,
    // e-mail addresses
    private static final String ID_NUMBER = "110101198807214514";
    private static final String MISTYPED_ID_NUMBER = "110101198807214513";
    private static final String CARD = "4539578763621486";
    private static final String CARD_GROUPED = "4539 5787 6362 1486";
    private static final String MOBILE = "13911112222";
    private static final String MOBILE_E164 = "+8613911112222";
    private static final String REST_EMAIL = "Wang.Fang.Planted@Example-Mail.com";
    private static final String KAFKA_EMAIL = "zhao.lei.planted@example-mail.com";
    private static final List<String> PLANTED_FORMS = List.of(ID_NUMBER, MISTYPED_ID_NUMBER, CARD, CARD_GROUPED,
            MOBILE, MOBILE_E164, "139 1111 2222", REST_EMAIL.toLowerCase(Locale.ROOT), REST_EMAIL, KAFKA_EMAIL);
    /** The channel systems' own input: what they sent, as they sent it. */
    private static final String CHANNEL_INPUT = "complaints.submitted";
    private static final String CHANNEL_INPUT_DEAD_LETTERS = "complaints.submitted.dlt";

    @Test
    void shouldKeepPlantedPersonalDataOffEveryTopicAndOutOfEveryLog(RunningSuite suite) throws IOException {
        // Given complaints carrying an ID number, a card number, a mobile number and e-mail addresses, from both doors
        ObjectNode rest = Complaints.rest("mobile banking", REST_EMAIL, "zh-CN", "我的身份证号" + ID_NUMBER + "（上次写成"
                + MISTYPED_ID_NUMBER + "了），信用卡" + CARD_GROUPED + "被盗刷了五千元，请打" + MOBILE + "联系我，邮箱" + REST_EMAIL);
        rest.put("phone", MOBILE);
        // and in the identifiers too: the channel's message id, the first-contact owner and a channel code
        rest.put("channelMessageId", "wx-" + MOBILE);
        rest.putObject("firstContact").put("staffId", ID_NUMBER).put("unitId", "BR-" + CARD);
        rest.putObject("codes").put("categoryCode", CARD);
        HttpResponse<String> registered = suite.postComplaint(rest.toString());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String caseId = Complaints.json(registered.body()).path("caseId").asString();
        // a complaint known only by its Idempotency-Key, which is an e-mail address
        ObjectNode byKey = Complaints.rest("web banking", REST_EMAIL, "en", "The app logs me out every minute.");
        byKey.remove("channelMessageId");
        assertThat(suite.postComplaint(byKey.toString(), REST_EMAIL).statusCode()).isEqualTo(201);
        ChannelSubmission letter = Complaints.kafka("letter", KAFKA_EMAIL, "en", "My ID is " + ID_NUMBER + " and card "
                + CARD + " was skimmed at an ATM. Call me on " + MOBILE_E164 + " or write to " + KAFKA_EMAIL + ".");
        suite.submitOverKafka(ChannelSubmission.newBuilder(letter).setChannelMessageId("letter-" + MOBILE_E164)
                .setFirstContactOwner(FirstContactOwner.newBuilder(letter.getFirstContactOwner()).setStaffId(ID_NUMBER)
                        .build())
                .build());

        // And a case handler's notes and the customer's survey comment that repeat them
        await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(suite.mailsTo(REST_EMAIL.toLowerCase(Locale.ROOT))).isNotEmpty();
            assertThat(suite.mailsTo(KAFKA_EMAIL)).isNotEmpty();
        });
        // a case handler naming themselves by phone number is refused, not published
        assertThat(suite.postUpdate(caseId, "{\"updateType\": \"ACKNOWLEDGED\", \"actor\": \"" + MOBILE + "\"}")
                .statusCode()).isEqualTo(400);
        assertThat(suite.postUpdate(caseId, """
                {"updateType": "RESOLVED", "actor": "E10023871", "note": "Called back on %s, card %s blocked",
                 "resolution": {"outcome": "UPHELD", "remedy": "Card %s replaced and the charge refunded",
                                "responsibleParty": "card fraud team", "nextSteps": "None",
                                "regulatorRecourseNotified": true}}
                """.formatted(MOBILE, CARD, CARD)).statusCode()).isEqualTo(202);
        assertThat(suite.postUpdate(caseId, "{\"updateType\": \"CLOSED\", \"actor\": \"E10023871\"}").statusCode())
                .isEqualTo(202);
        await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(
                RunningSuite.surveyToken(suite.mailsTo(REST_EMAIL.toLowerCase(Locale.ROOT)))).isPresent());
        String token = RunningSuite.surveyToken(suite.mailsTo(REST_EMAIL.toLowerCase(Locale.ROOT))).orElseThrow();
        assertThat(suite.answerSurvey(token, "{\"csat\": 2, \"nps\": 3, \"comment\": \"Call me on " + MOBILE
                + " or mail " + REST_EMAIL + ", ID " + ID_NUMBER + "\"}").statusCode()).isEqualTo(202);
        await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(suite.events("surveys.responses")).isNotEmpty());

        // Then none of it is on any topic - keys, headers or values - but the channels' own input
        List<String> topics = suite.allTopics();
        assertThat(topics).contains("complaints.registered", "complaints.graded", "sla.events",
                "notifications.outcomes", "surveys.responses").anyMatch(topic -> topic.endsWith("-changelog"));
        List<String> leaks = new ArrayList<>();
        for (String topic : topics) {
            for (ConsumerRecord<String, byte[]> record : suite.rawRecords(topic)) {
                List<String> texts = new ArrayList<>();
                for (Header header : record.headers()) {
                    texts.add(header.key() + "=" + utf8(header.value()));
                }
                // the channels' own input is keyed by their own message ids
                boolean channelInput = topic.equals(CHANNEL_INPUT) || topic.equals(CHANNEL_INPUT_DEAD_LETTERS);
                if (!channelInput) {
                    texts.add(String.valueOf(record.key()));
                    texts.add(utf8(record.value()));
                }
                plantedIn(texts).forEach(form -> leaks.add(topic + " offset " + record.offset() + ": " + form));
            }
        }
        assertThat(leaks).as("planted personal data on topics").isEmpty();

        // And in no line any service or the registry logged
        List<Path> logs;
        try (Stream<Path> files = Files.list(suite.logDirectory())) {
            logs = files.filter(Files::isRegularFile).toList();
        }
        assertThat(logs).extracting(log -> log.getFileName().toString())
                .contains("intake-service.log", "grading-service.log", "sla-service.log", "notification-service.log");
        for (Path log : logs) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            assertThat(lines).as("log lines of " + log.getFileName() + " naming planted data")
                    .filteredOn(line -> !plantedIn(List.of(line)).isEmpty()).isEmpty();
        }
    }

    private static List<String> plantedIn(List<String> texts) {
        return texts.stream().flatMap(text -> PLANTED_FORMS.stream().filter(text::contains)).distinct().toList();
    }

    private static String utf8(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
