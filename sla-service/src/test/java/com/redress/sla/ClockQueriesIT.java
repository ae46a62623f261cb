package com.redress.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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

/** Two instances of the service share the partitions; either answers for all cases. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
    "redress.sla.policy-pack=classpath:policies/compressed-seconds.yaml",
    "spring.kafka.streams.application-id=sla-service-query-it",
    "spring.kafka.streams.properties.commit.interval.ms=100",
    "spring.kafka.streams.properties.session.timeout.ms=6000"})
@WithLocalKafkaStack
@DirtiesContext
class ClockQueriesIT {

    private static final int FIRST_PORT = freePort();
    private static final int SECOND_PORT = freePort();
    private static ConfigurableApplicationContext secondInstance;

    private final RestClient first = RestClient.create("http://localhost:" + FIRST_PORT);
    private final RestClient second = RestClient.create("http://localhost:" + SECOND_PORT);

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
