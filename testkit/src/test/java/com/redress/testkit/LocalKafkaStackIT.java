package com.redress.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@WithLocalKafkaStack
class LocalKafkaStackIT {

    private static final Duration DELIVERY_BOUND = Duration.ofSeconds(30);
    private static final String COMPLAINT_V1 = """
            {"type":"record","name":"Complaint","namespace":"com.redress.test",
             "fields":[{"name":"caseId","type":"string"}]}""";
    private static final String COMPLAINT_V2_WITH_DEFAULT = """
            {"type":"record","name":"Complaint","namespace":"com.redress.test",
             "fields":[{"name":"caseId","type":"string"},{"name":"channel","type":"string","default":"web"}]}""";
    private static final String COMPLAINT_V2_WITHOUT_DEFAULT = """
            {"type":"record","name":"Complaint","namespace":"com.redress.test",
             "fields":[{"name":"caseId","type":"string"},{"name":"channel","type":"string"}]}""";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldDeliverProducedRecordToConsumer(LocalKafkaStack stack) throws Exception {
        // Given
        String topic = uniqueName("testkit.roundtrip");
        stack.createTopics(topic);

        // When
        try (KafkaProducer<String, String> producer = producer(stack, Map.of())) {
            producer.send(new ProducerRecord<>(topic, "case-1", "registered")).get();
        }

        // Then
        assertThat(consumeAll(stack, topic, Map.of()))
                .extracting(ConsumerRecord::key, ConsumerRecord::value)
                .containsExactly(tuple("case-1", "registered"));
    }

    @Test
    void shouldCommitTransactionsOnTheSingleNode(LocalKafkaStack stack) {
        // Given
        String topic = uniqueName("testkit.transactions");
        stack.createTopics(topic);

        // When
        try (KafkaProducer<String, String> producer =
                     producer(stack, Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, uniqueName("testkit-tx")))) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "case-2", "graded"));
            producer.commitTransaction();
        }

        // Then
        assertThat(consumeAll(stack, topic, Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")))
                .extracting(ConsumerRecord::value)
                .containsExactly("graded");
    }

    @Test
    void shouldCreateTopicsWithSixPartitionsByDefault(LocalKafkaStack stack) throws Exception {
        // Given
        String topic = uniqueName("testkit.partitions");

        // When
        stack.createTopics(topic);
        stack.createTopics(topic);

        // Then
        try (Admin admin = Admin.create(stack.clientProperties())) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            assertThat(partitions).isEqualTo(6);
        }
    }

    @Test
    void shouldNotCreateTopicsImplicitly(LocalKafkaStack stack) throws Exception {
        // Given
        String topic = uniqueName("testkit.undeclared");

        // When a client asks for an undeclared topic, which would create it on a broker with auto-creation
        try (KafkaConsumer<String, String> consumer = consumer(stack, Map.of())) {
            consumer.partitionsFor(topic);
        }

        // Then
        try (Admin admin = Admin.create(stack.clientProperties())) {
            assertThat(admin.listTopics().names().get()).doesNotContain(topic);
        }
    }

    @Test
    void shouldRegisterSchemaAndReadItBackById(LocalKafkaStack stack) throws Exception {
        // Given
        String subject = uniqueName("testkit-registered") + "-value";

        // When
        HttpResponse<String> registered = post(stack, "/subjects/" + subject + "/versions", COMPLAINT_V1);

        // Then
        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(registered.body()).matches("\\{\"id\":\\d+}");
        HttpResponse<String> byId = get(stack, "/schemas/ids/" + registered.body().replaceAll("\\D", ""));
        assertThat(byId.statusCode()).isEqualTo(200);
        assertThat(byId.body()).contains("Complaint").contains("caseId");
    }

    @Test
    void shouldUseBackwardCompatibilityAsGlobalDefault(LocalKafkaStack stack) throws Exception {
        // When
        HttpResponse<String> config = get(stack, "/config");

        // Then
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("\"BACKWARD\"");
    }

    @Test
    void shouldRejectIncompatibleSecondVersionWithConflict(LocalKafkaStack stack) throws Exception {
        // Given
        String subject = uniqueName("testkit-incompatible") + "-value";
        assertThat(post(stack, "/subjects/" + subject + "/versions", COMPLAINT_V1).statusCode()).isEqualTo(200);

        // When a new required field without default cannot read old data
        HttpResponse<String> second = post(stack, "/subjects/" + subject + "/versions", COMPLAINT_V2_WITHOUT_DEFAULT);

        // Then
        assertThat(second.statusCode()).isEqualTo(409);
    }

    @Test
    void shouldAcceptBackwardCompatibleSecondVersion(LocalKafkaStack stack) throws Exception {
        // Given
        String subject = uniqueName("testkit-compatible") + "-value";
        assertThat(post(stack, "/subjects/" + subject + "/versions", COMPLAINT_V1).statusCode()).isEqualTo(200);

        // When
        HttpResponse<String> second = post(stack, "/subjects/" + subject + "/versions", COMPLAINT_V2_WITH_DEFAULT);

        // Then
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(get(stack, "/subjects/" + subject + "/versions").body()).isEqualTo("[1,2]");
    }

    @Test
    void shouldLeaveNoProcessOrPortBehindAfterStop(LocalKafkaStack shared) {
        // Given a stack of its own, next to the shared one that other tests use
        Set<Long> before = descendantsOfThisJvm();
        LocalKafkaStack own = LocalKafkaStack.start(LocalKafkaStack.Options.defaults());
        int brokerPort = own.broker().port();
        int registryPort = own.schemaRegistry().port();
        assertThat(descendantsOfThisJvm()).hasSizeGreaterThan(before.size());

        // When
        own.stop();
        own.stop();

        // Then
        assertThat(descendantsOfThisJvm()).isEqualTo(before);
        assertThat(isListening(brokerPort)).isFalse();
        assertThat(isListening(registryPort)).isFalse();
        assertThat(shared.broker().isRunning()).isTrue();
        assertThat(shared.schemaRegistry().isRunning()).isTrue();
    }

    private static Set<Long> descendantsOfThisJvm() {
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }

    private static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static KafkaProducer<String, String> producer(LocalKafkaStack stack, Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>(stack.clientProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.putAll(overrides);
        return new KafkaProducer<>(config);
    }

    private static KafkaConsumer<String, String> consumer(LocalKafkaStack stack, Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>(stack.clientProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, uniqueName("testkit-group"));
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.putAll(overrides);
        return new KafkaConsumer<>(config);
    }

    private static List<ConsumerRecord<String, String>> consumeAll(LocalKafkaStack stack, String topic,
                                                                   Map<String, Object> overrides) {
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(stack, overrides)) {
            consumer.subscribe(List.of(topic));
            await().atMost(DELIVERY_BOUND).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return !received.isEmpty();
            });
        }
        return received;
    }

    private HttpResponse<String> post(LocalKafkaStack stack, String path, String schema) throws Exception {
        String body = "{\"schema\":" + jsonString(schema) + "}";
        return http.send(request(stack, path).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(LocalKafkaStack stack, String path) throws Exception {
        return http.send(request(stack, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(LocalKafkaStack stack, String path) {
        return HttpRequest.newBuilder(URI.create(stack.schemaRegistryUrl() + path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .header("Accept", "application/vnd.schemaregistry.v1+json");
    }

    private static String jsonString(String raw) {
        return "\"" + raw.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    private static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
