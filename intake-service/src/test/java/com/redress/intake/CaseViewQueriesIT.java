package com.redress.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import com.redress.contract.Topics;
import com.redress.events.fixtures.EventFixtures;
import com.redress.events.grading.Category;
import com.redress.events.grading.ComplaintGraded;
import com.redress.intake.registration.Registrations;
import com.redress.intake.status.CaseViewTopology;
import com.redress.platform.serde.AvroSerdeConfig;
import com.redress.platform.serde.AvroSerializer;
import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.WithLocalKafkaStack;

/**
 * Two intake instances share the case view's partitions: either answers for every case, the one not holding it by
 * asking the owner with the caller's key, which the owner authorises on the same grounds. When one instance goes, the
 * other keeps answering: from its standby copy, or with a 503 and Retry-After, never a wrong answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        IntakeIT.ACTIVE_KEY_PROPERTY, IntakeIT.CONTACT_KEY_PROPERTY, IntakeIT.PSEUDONYM_KEY_PROPERTY,
        IntakeIT.CASE_ID_KEY_PROPERTY, IntakeIT.ACTIVE_CASE_ID_KEY_PROPERTY,
        CaseViewQueriesIT.SUBMITTER_KEY_PROPERTY, CaseViewQueriesIT.DESK_KEY_PROPERTY,
        CaseViewQueriesIT.DESK_SCOPE_PROPERTY, CaseViewQueriesIT.HANDLER_KEY_PROPERTY,
        CaseViewQueriesIT.HANDLER_SCOPE_PROPERTY, CaseViewQueriesIT.OTHER_KEY_PROPERTY,
        CaseViewQueriesIT.APPLICATION_ID_PROPERTY, CaseViewQueriesIT.SESSION_TIMEOUT_PROPERTY,
        CaseViewQueriesIT.COMMIT_INTERVAL_PROPERTY})
@WithLocalKafkaStack
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseViewQueriesIT {

    /** The cases' submitter, with the default submit scope only: it reads its own cases. */
    static final String SUBMITTER_KEY = IntakeIT.API_KEY;
    static final String SUBMITTER_KEY_PROPERTY = IntakeIT.API_KEY_PROPERTY;
    static final String DESK_KEY = "view-desk-key";
    static final String DESK_KEY_PROPERTY = "redress.intake.api.api-key-sha256.complaints-desk="
            + "a25e7222f520e2b0c1df1c04551a2d294727b47b6d7d37c4e6bfbfd4f7e28c0c";
    static final String DESK_SCOPE_PROPERTY = "redress.intake.api.scopes.complaints-desk=read";
    static final String HANDLER_KEY = "view-handler-key";
    static final String HANDLER_KEY_PROPERTY = "redress.intake.api.api-key-sha256.case-handler="
            + "5d8815892270a4dddae67816cf2770304b6df0006e03a768c342afc21b1630cd";
    static final String HANDLER_SCOPE_PROPERTY = "redress.intake.api.scopes.case-handler=update";
    /** Another channel system: it may read its own cases, none of these. */
    static final String OTHER_KEY = "view-other-channel-key";
    static final String OTHER_KEY_PROPERTY = "redress.intake.api.api-key-sha256.hotline-crm="
            + "40c8da8612ff3d884e227636f17d5a956953f81e1e917dea45563d00c6a385a4";
    static final String APPLICATION_ID_PROPERTY = "spring.kafka.streams.application-id=intake-view-it";
    static final String SESSION_TIMEOUT_PROPERTY = "spring.kafka.streams.properties.session.timeout.ms=6000";
    static final String COMMIT_INTERVAL_PROPERTY = "spring.kafka.streams.properties.commit.interval.ms=100";

    private static final String STATUS_URI = "/api/v1/complaints/{caseId}";
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final int FIRST_PORT = freePort();
    private static final int SECOND_PORT = freePort();
    private static final List<String> CASES = IntStream.range(0, 12).mapToObj(i -> UUID.randomUUID().toString())
            .toList();
    private static ConfigurableApplicationContext secondInstance;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private ApplicationContext firstInstance;

    @DynamicPropertySource
    static void firstInstance(DynamicPropertyRegistry properties) {
        properties.add("server.port", () -> FIRST_PORT);
        properties.add("spring.kafka.streams.properties.application.server", () -> "localhost:" + FIRST_PORT);
        properties.add("spring.kafka.streams.state-dir", () -> stateDir("first"));
    }

    @BeforeAll
    static void startSecondInstanceAndWriteTheCases() {
        LocalKafkaStack stack = LocalKafkaStack.shared();
        stack.createTopics(Topics.COMPLAINTS_REGISTERED, Topics.COMPLAINTS_UPDATES, Topics.COMPLAINTS_GRADED,
                Topics.SLA_EVENTS, Topics.NOTIFICATIONS_OUTCOMES);
        Map<String, Object> properties = new HashMap<>(stack.springProperties());
        for (String property : List.of(IntakeIT.ACTIVE_KEY_PROPERTY, IntakeIT.CONTACT_KEY_PROPERTY,
                IntakeIT.PSEUDONYM_KEY_PROPERTY, IntakeIT.CASE_ID_KEY_PROPERTY, IntakeIT.ACTIVE_CASE_ID_KEY_PROPERTY,
                SUBMITTER_KEY_PROPERTY, DESK_KEY_PROPERTY, DESK_SCOPE_PROPERTY, HANDLER_KEY_PROPERTY,
                HANDLER_SCOPE_PROPERTY, OTHER_KEY_PROPERTY, APPLICATION_ID_PROPERTY, SESSION_TIMEOUT_PROPERTY,
                COMMIT_INTERVAL_PROPERTY)) {
            properties.put(property.substring(0, property.indexOf('=')), property.substring(property.indexOf('=') + 1));
        }
        properties.put("spring.kafka.streams.properties.application.server", "localhost:" + SECOND_PORT);
        properties.put("spring.kafka.streams.state-dir", stateDir("second"));
        properties.put("server.port", SECOND_PORT);
        // As command-line arguments, so that they take precedence over application.yml
        secondInstance = new SpringApplicationBuilder(IntakeApplication.class).run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
        write(stack);
    }

    @AfterAll
    static void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    @Order(1)
    void shouldAnswerACaseTheOtherInstanceHoldsByAskingItWithTheCallersKey() throws Exception {
        // Given both instances hold some of the cases
        awaitEveryCaseAnswered();
        List<String> heldBySecond = CASES.stream().filter(caseId -> owner(caseId).port() == SECOND_PORT).toList();
        assertThat(heldBySecond).isNotEmpty();
        assertThat(CASES).anyMatch(caseId -> owner(caseId).port() == FIRST_PORT);
        double answeredBySecond = statusRequestsAnswered(secondInstance);

        // When the first instance is asked for each case the second holds, by the desk and by the submitter
        for (String caseId : heldBySecond) {
            HttpResponse<String> desk = get(FIRST_PORT, caseId, DESK_KEY);
            HttpResponse<String> submitter = get(FIRST_PORT, caseId, SUBMITTER_KEY);

            // Then it answers with what the second holds: the grade only the view has
            assertThat(desk.statusCode()).isEqualTo(200);
            assertThat(json.readTree(desk.body()).path("grade").path("tier").asInt()).isEqualTo(2);
            assertThat(json.readTree(desk.body()).path("caseId").asString()).isEqualTo(caseId);
            assertThat(submitter.statusCode()).isEqualTo(200);
        }
        // and the second answered each of those requests
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                statusRequestsAnswered(secondInstance) - answeredBySecond).isEqualTo(2.0 * heldBySecond.size()));
    }

    @Test
    @Order(2)
    void shouldLetTheOwnerAuthoriseAForwardedRequestOnTheSameGrounds() throws Exception {
        awaitEveryCaseAnswered();
        String heldBySecond = CASES.stream().filter(caseId -> owner(caseId).port() == SECOND_PORT).findFirst()
                .orElseThrow();

        // another channel system's key is admitted by the first instance, but the owner shows it none of these cases
        HttpResponse<String> other = get(FIRST_PORT, heldBySecond, OTHER_KEY);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("/problems/unknown-case").doesNotContain(heldBySecond);
        // a key without read or submit is refused at once, and marking a request forwarded admits nothing
        assertThat(get(FIRST_PORT, heldBySecond, HANDLER_KEY).statusCode()).isEqualTo(403);
        HttpResponse<String> forged = http.send(request(SECOND_PORT, heldBySecond, HANDLER_KEY)
                .header("X-Redress-Forwarded", "true").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> forgedOther = http.send(request(SECOND_PORT, heldBySecond, OTHER_KEY)
                .header("X-Redress-Forwarded", "true").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forgedOther.statusCode()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void shouldKeepAnsweringRightOrWithRetryAfterWhileTheOtherInstanceGoesAndItsPartitionsMove() throws Exception {
        awaitEveryCaseAnswered();

        // When the second instance stops, and its partitions move to the first once its session times out
        secondInstance.close();
        secondInstance = null;

        // Then every answer of the first, meanwhile and after, is the case itself or a 503 with Retry-After
        Map<Integer, Integer> answers = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            boolean allAnswered = true;
            for (String caseId : CASES) {
                HttpResponse<String> answer = get(FIRST_PORT, caseId, DESK_KEY);
                answers.merge(answer.statusCode(), 1, Integer::sum);
                if (answer.statusCode() == 503) {
                    allAnswered = false;
                    if (answer.headers().firstValue("Retry-After").isEmpty()
                            || !answer.body().contains("/problems/temporarily-unavailable")) {
                        wrong.add("503 without Retry-After or problem: " + answer.body());
                    }
                } else if (answer.statusCode() != 200
                        || json.readTree(answer.body()).path("grade").path("tier").asInt() != 2) {
                    wrong.add(answer.statusCode() + ": " + answer.body());
                }
            }
            return allAnswered && firstOwnsEveryCase();
        });
        System.out.println("Answers of the first instance while the second's partitions moved, by status: " + answers);
        assertThat(wrong).isEmpty();
        assertThat(answers.keySet()).isSubsetOf(200, 503);
    }

    private void awaitEveryCaseAnswered() {
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (String caseId : CASES) {
                HttpResponse<String> answer = get(FIRST_PORT, caseId, DESK_KEY);
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(json.readTree(answer.body()).path("grade").path("tier").asInt()).isEqualTo(2);
            }
            assertThat(streams(firstInstance).state()).isEqualTo(KafkaStreams.State.RUNNING);
        });
    }

    private boolean firstOwnsEveryCase() {
        return streams(firstInstance).state() == KafkaStreams.State.RUNNING
                && CASES.stream().allMatch(caseId -> owner(caseId).port() == FIRST_PORT);
    }

    private HostInfo owner(String caseId) {
        KeyQueryMetadata metadata = streams(firstInstance).queryMetadataForKey(CaseViewTopology.CASE_STORE, caseId,
                new StringSerializer());
        return metadata.activeHost();
    }

    private static KafkaStreams streams(ApplicationContext instance) {
        return instance.getBean("&caseViewStreamsBuilder", StreamsBuilderFactoryBean.class).getKafkaStreams();
    }

    private static double statusRequestsAnswered(ApplicationContext instance) {
        return instance.getBean(MeterRegistry.class).find("http.server.requests").tag("uri", STATUS_URI).timers()
                .stream().mapToDouble(Timer::count).sum();
    }

    private HttpResponse<String> get(int port, String caseId, String apiKey) throws Exception {
        return http.send(request(port, caseId, apiKey).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(int port, String caseId, String apiKey) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/complaints/" + caseId))
                .header("X-Api-Key", apiKey).GET();
    }

    private static void write(LocalKafkaStack stack) {
        Map<String, Object> config = new HashMap<>(stack.clientProperties());
        config.put(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, true);
        AvroSerializer<SpecificRecord> serializer = new AvroSerializer<>();
        serializer.configure(config, false);
        try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(config, new StringSerializer(),
                serializer)) {
            for (String caseId : CASES) {
                producer.send(new ProducerRecord<>(Topics.COMPLAINTS_REGISTERED, caseId, Registrations.sample(caseId)));
                producer.send(new ProducerRecord<>(Topics.COMPLAINTS_GRADED, caseId, graded(caseId)));
            }
        }
    }

    private static ComplaintGraded graded(String caseId) {
        return EventFixtures.graded(caseId).occurredAt(Instant.parse("2026-11-24T01:15:05Z"))
                .caseNumber(Registrations.CASE_NUMBER).category(Category.FRAUD).tier(2).priority(2).build();
    }

    private static String stateDir(String instance) {
        return System.getProperty("java.io.tmpdir") + "/redress-it/intake-view-" + instance + "-" + UUID.randomUUID();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
