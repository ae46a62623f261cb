package com.redress.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.redress.contract.Topics;
import com.redress.platform.serde.AvroSerdeConfig;
import com.redress.platform.serde.AvroSerializer;
import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.WithLocalKafkaStack;
import com.redress.testkit.http.ContainerErrors;
import com.redress.testkit.http.RawHttp;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;

/**
 * Two instances of the service share the partitions; either answers for all cases, to a desk's API key, which each
 * passes on when it asks the other. The first instance's HTTP refusals, from Tomcat to the query API, are asked byte
 * for byte.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
    ClockQueriesIT.DESK_KEY_PROPERTY, ClockQueriesIT.DESK_SCOPE_PROPERTY,
    ClockQueriesIT.HANDLER_KEY_PROPERTY, ClockQueriesIT.HANDLER_SCOPE_PROPERTY,
    "redress.sla.policy-pack=classpath:policies/compressed-seconds.yaml",
    "spring.kafka.streams.application-id=sla-service-query-it",
    "spring.kafka.streams.properties.commit.interval.ms=100",
    "spring.kafka.streams.properties.session.timeout.ms=6000"})
@WithLocalKafkaStack
@DirtiesContext
class ClockQueriesIT {

    /** The sandbox's demo desk key, and a case handler's, valid but without the read scope. */
    static final String DESK_KEY = "sandbox-complaints-desk-key";
    static final String DESK_KEY_PROPERTY = "redress.sla.api.api-key-sha256.complaints-desk="
            + "e2ba8054d623504f972fd196ca2d7186d931f502bbad5b45489471f5366110d2";
    static final String DESK_SCOPE_PROPERTY = "redress.sla.api.scopes.complaints-desk=read";
    static final String HANDLER_KEY = "case-handler-key";
    static final String HANDLER_KEY_PROPERTY = "redress.sla.api.api-key-sha256.case-handler="
            + "e560a8307207730b31b8466a69f211384586a0308ccaad9ba8d0fb670317b4cb";
    static final String HANDLER_SCOPE_PROPERTY = "redress.sla.api.scopes.case-handler=update";

    private static final int FIRST_PORT = freePort();
    private static final int SECOND_PORT = freePort();
    private static ConfigurableApplicationContext secondInstance;

    private final RestClient first = RestClient.builder().baseUrl("http://localhost:" + FIRST_PORT)
            .defaultHeader("X-Api-Key", DESK_KEY).build();
    private final RestClient second = RestClient.builder().baseUrl("http://localhost:" + SECOND_PORT)
            .defaultHeader("X-Api-Key", DESK_KEY).build();

    @DynamicPropertySource
    static void firstInstance(DynamicPropertyRegistry properties) {
        properties.add("server.port", () -> FIRST_PORT);
        properties.add("spring.kafka.streams.properties.application.server", () -> "localhost:" + FIRST_PORT);
        properties.add("spring.kafka.streams.state-dir", () -> stateDir("first"));
    }

    @BeforeAll
    static void startSecondInstance() {
        LocalKafkaStack stack = LocalKafkaStack.shared();
        stack.createTopics(Topics.COMPLAINTS_REGISTERED, Topics.COMPLAINTS_GRADED, Topics.COMPLAINTS_UPDATES,
                Topics.SLA_EVENTS);
        Map<String, Object> properties = new HashMap<>(stack.springProperties());
        properties.put("redress.sla.policy-pack", "classpath:policies/compressed-seconds.yaml");
        properties.put("spring.kafka.streams.application-id", "sla-service-query-it");
        properties.put("spring.kafka.streams.properties.commit.interval.ms", "100");
        properties.put("spring.kafka.streams.properties.session.timeout.ms", "6000");
        properties.put("spring.kafka.streams.properties.application.server", "localhost:" + SECOND_PORT);
        properties.put("spring.kafka.streams.state-dir", stateDir("second"));
        properties.put("server.port", SECOND_PORT);
        for (String property : List.of(DESK_KEY_PROPERTY, DESK_SCOPE_PROPERTY, HANDLER_KEY_PROPERTY,
                HANDLER_SCOPE_PROPERTY)) {
            properties.put(property.substring(0, property.indexOf('=')), property.substring(property.indexOf('=') + 1));
        }
        // As command-line arguments, so that they take precedence over application.yml
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        secondInstance = new SpringApplicationBuilder(SlaApplication.class).run(arguments);
    }

    @AfterAll
    static void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void shouldListTheClocksAtRiskOfEveryInstanceAndFindEveryCaseFromEither(LocalKafkaStack stack) {
        // Given twelve cases spread over the six partitions the two instances share
        List<String> cases = IntStream.range(0, 12).mapToObj(i -> "query-" + UUID.randomUUID()).toList();
        register(stack, cases);

        // When the first instance is asked for the resolution clocks due within two hours
        // (while the instances rebalance, the API answers 503 Service Unavailable)
        await().atMost(Duration.ofSeconds(120))
                .ignoreException(HttpServerErrorException.ServiceUnavailable.class)
                .untilAsserted(() -> {
            List<Map<String, Object>> atRisk = atRisk(first, "all");
            assertThat(caseIds(atRisk, "RESOLUTION")).containsAll(cases);
            // Then both instances held some of them: the answer was gathered from each
            assertThat(caseIds(atRisk(first, "local"), "RESOLUTION")).containsAnyElementsOf(cases);
            assertThat(caseIds(atRisk(second, "local"), "RESOLUTION")).containsAnyElementsOf(cases);
        });
        for (String caseId : cases) {
            List<Map<String, Object>> clocks = first.get().uri("/api/cases/{caseId}/clocks", caseId).retrieve()
                    .body(new ParameterizedTypeReference<>() { });
            assertThat(clocks).extracting(clock -> clock.get("kind")).contains("RESOLUTION");
        }
        Integer unknownCaseStatus = first.get().uri("/api/cases/{caseId}/clocks", "no-such-case")
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(unknownCaseStatus).isEqualTo(404);
    }

    @Test
    void shouldAnswerEveryContainerErrorInProblemJsonWithoutEchoingTheRequest() {
        assertThat(ContainerErrors.misanswered(RawHttp.localhost(FIRST_PORT), "127.0.0.1", FIRST_PORT,
                "/api/clocks/at-risk", List.of("GET"))).isEmpty();
    }

    @Test
    void shouldOpenTheQueryApiOnlyToAKeyWithTheReadScope() {
        RawHttp http = RawHttp.localhost(FIRST_PORT);
        String marker = ContainerErrors.MARKER;

        RawHttp.Answer noKey = http.send("GET", "/api/cases/" + marker + "/clocks");
        RawHttp.Answer unknownKey = http.send("GET", "/api/clocks/at-risk", "X-Api-Key: " + marker);
        RawHttp.Answer withoutRead = http.send("GET", "/api/clocks/at-risk", "X-Api-Key: " + HANDLER_KEY);
        RawHttp.Answer otherPath = http.send("GET", "/api/" + marker, "X-Api-Key: " + DESK_KEY);
        RawHttp.Answer csv = http.send("GET", "/api/clocks/at-risk", "X-Api-Key: " + DESK_KEY, "Accept: text/csv");
        RawHttp.Answer latin1 = http.send("GET", "/api/clocks/at-risk", List.of("X-Api-Key: " + DESK_KEY,
                "Content-Type: application/json; charset=latin1"), ("{\"" + marker + "\": 1}").getBytes(
                StandardCharsets.ISO_8859_1));
        RawHttp.Answer badHorizon = http.send("GET", "/api/clocks/at-risk?horizon=" + marker, "X-Api-Key: " + DESK_KEY);

        assertThat(ContainerErrors.wrongWith("no key", 401, noKey)).isEmpty();
        assertThat(ContainerErrors.wrongWith("a key no client owns", 403, unknownKey)).isEmpty();
        assertThat(ContainerErrors.wrongWith("a key without read", 403, withoutRead)).isEmpty();
        assertThat(ContainerErrors.wrongWith("another path under /api/", 403, otherPath)).isEmpty();
        assertThat(ContainerErrors.wrongWith("Accept text/csv", 406, csv)).isEmpty();
        assertThat(ContainerErrors.wrongWith("charset=latin1", 415, latin1)).isEmpty();
        assertThat(latin1.body()).contains("UTF-8");
        assertThat(ContainerErrors.wrongWith("a horizon that is no duration", 400, badHorizon)).isEmpty();
    }

    private static List<Map<String, Object>> atRisk(RestClient instance, String scope) {
        return instance.get().uri("/api/clocks/at-risk?horizon=PT2H&tier=3&scope={scope}", scope).retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    private static Set<Object> caseIds(List<Map<String, Object>> clocks, String kind) {
        return clocks.stream().filter(clock -> kind.equals(clock.get("kind"))).map(clock -> clock.get("caseId"))
                .collect(Collectors.toSet());
    }

    private static void register(LocalKafkaStack stack, List<String> cases) {
        Map<String, Object> config = new HashMap<>(stack.clientProperties());
        config.put(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, true);
        AvroSerializer<SpecificRecord> serializer = new AvroSerializer<>();
        serializer.configure(config, false);
        try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(config, new StringSerializer(),
                serializer)) {
            for (String caseId : cases) {
                producer.send(new ProducerRecord<>(Topics.COMPLAINTS_REGISTERED, caseId,
                        CaseEvents.registered(caseId, Instant.now())));
            }
        }
    }

    private static String stateDir(String instance) {
        return System.getProperty("java.io.tmpdir") + "/redress-it/sla-query-" + instance + "-" + UUID.randomUUID();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
