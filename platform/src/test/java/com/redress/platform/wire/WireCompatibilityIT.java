package com.redress.platform.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.redress.events.fixtures.SampleEvents;
import com.redress.platform.registry.HttpSchemaRegistryClient;
import com.redress.platform.registry.SchemaRegistryClient;
import com.redress.platform.registry.SchemaRegistryClientConfig;
import com.redress.platform.serde.AvroDeserializer;
import com.redress.platform.serde.AvroSerializer;
import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.WithLocalKafkaStack;

/**
 * The independent proof of the wire format: Confluent's own Python serializer reads one fully populated event of every
 * type our serializer wrote, field for field, and our deserializer reads what Confluent's wrote, on a real broker and
 * registry. Each direction uses topics of its own, so subjects never clash with other tests.
 */
@WithLocalKafkaStack
class WireCompatibilityIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(60);

    private final LocalKafkaStack stack;

    WireCompatibilityIT(LocalKafkaStack stack) {
        this.stack = stack;
    }

    // Per test rather than per class: build tools report a skipped test with its reason, but not a skipped class.
    @BeforeEach
    void requireConfluentPython() {
        ConfluentPython.assumeAvailable();
    }

    @Test
    void shouldLetConfluentsPythonDecoderReadEveryEventTypeFieldForField() throws Exception {
        // Given: every event type, written by our serializer configured as a service configures it
        Map<String, SpecificRecord> events = onTopicsPrefixed("wire.java.");
        stack.createTopics(1, events.keySet().toArray(String[]::new));
        produceWithOurSerializer(events);
        SchemaRegistryClient registry = registry();

        // When
        List<String> lines = ConfluentPython.decode(stack.bootstrapServers(), stack.schemaRegistryUrl(), 1,
                List.copyOf(events.keySet()));

        // Then
        Map<String, JsonNode> decodedByTopic = new HashMap<>();
        lines.stream().map(JSON::readTree).forEach(line -> decodedByTopic.put(line.get("topic").stringValue(), line));
        assertThat(decodedByTopic).containsOnlyKeys(events.keySet());
        List<String> mismatches = new ArrayList<>();
        events.forEach((topic, event) -> {
            JsonNode decoded = decodedByTopic.get(topic);
            JsonDifferences.between(AvroJson.normalise(event.getSchema(), event), decoded.get("value"))
                    .forEach(difference -> mismatches.add(topic + " " + difference));
            assertThat(decoded.get("key").stringValue()).as("key on %s", topic).isEqualTo(SampleEvents.CASE_ID);
            assertThat(decoded.get("schemaId").intValue()).as("schema id on %s", topic)
                    .isEqualTo(registry.idOf(topic + "-value", event.getSchema()));
        });
        assertThat(mismatches).as("fields Confluent's decoder read differently").isEmpty();
    }

    @Test
    void shouldReadEveryEventTypeThatConfluentsPythonEncoderWrote() {
        // Given: Confluent's serializer encodes each event from its normalised form, with the catalog's schema
        Map<String, SpecificRecord> events = onTopicsPrefixed("wire.python.");
        stack.createTopics(1, events.keySet().toArray(String[]::new));
        List<String> requests = new ArrayList<>();
        events.forEach((topic, event) -> requests.add(encodeRequest(topic, event)));

        // When
        List<String> delivered = ConfluentPython.encode(stack.bootstrapServers(), stack.schemaRegistryUrl(),
                requests);
        Map<String, Object> read = consumeOneRecordPerTopicWithOurDeserializer(events.keySet().stream().toList());

        // Then
        assertThat(delivered).hasSize(events.size());
        List<String> mismatches = new ArrayList<>();
        events.forEach((topic, event) -> JsonDifferences.between(AvroJson.normalise(event.getSchema(), event),
                        AvroJson.normalise(event.getSchema(), read.get(topic)))
                .forEach(difference -> mismatches.add(topic + " " + difference)));
        assertThat(mismatches).as("fields our deserializer read differently").isEmpty();
        events.forEach((topic, event) -> assertThat(read.get(topic)).as("record on %s", topic).isEqualTo(event));
    }

    private static Map<String, SpecificRecord> onTopicsPrefixed(String prefix) {
        Map<String, SpecificRecord> events = new LinkedHashMap<>();
        SampleEvents.byTopic().forEach((topic, event) -> events.put(prefix + topic, event));
        return events;
    }

    private void produceWithOurSerializer(Map<String, SpecificRecord> events)
            throws InterruptedException, ExecutionException {
        Map<String, Object> config = new HashMap<>(stack.clientProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(config)) {
            for (Map.Entry<String, SpecificRecord> event : events.entrySet()) {
                producer.send(new ProducerRecord<>(event.getKey(), SampleEvents.CASE_ID, event.getValue())).get();
            }
        }
    }

    private Map<String, Object> consumeOneRecordPerTopicWithOurDeserializer(List<String> topics) {
        Map<String, Object> config = new HashMap<>(stack.clientProperties());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroDeserializer.class.getName());
        config.put("specific.avro.reader", "true");
        Map<String, Object> read = new HashMap<>();
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = topics.stream().map(topic -> new TopicPartition(topic, 0)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(ARRIVAL_TIMEOUT).untilAsserted(() -> {
                for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(200))) {
                    read.put(record.topic(), record.value());
                }
                assertThat(read).containsOnlyKeys(topics);
            });
        }
        return read;
    }

    private static String encodeRequest(String topic, SpecificRecord event) {
        ObjectNode request = JSON.createObjectNode();
        request.put("topic", topic);
        request.put("key", SampleEvents.CASE_ID);
        request.set("schema", JSON.readTree(event.getSchema().toString()));
        request.set("value", AvroJson.normalise(event.getSchema(), event));
        return JSON.writeValueAsString(request);
    }

    private SchemaRegistryClient registry() {
        return new HttpSchemaRegistryClient(
                SchemaRegistryClientConfig.from(Map.of("schema.registry.url", stack.schemaRegistryUrl())));
    }
}
