package com.redress.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@WithLocalKafkaStack
class TopicProbeIT {

    @Test
    void shouldReadCommittedRecordsOfEveryPartitionToTheEndOfATransactionalTopicAndTheWholeLogWhenAsked(LocalKafkaStack stack)
            throws Exception {
        // Given: a committed transaction, an aborted one, and the commit markers after each
        String topic = "testkit.probe-" + UUID.randomUUID();
        stack.createTopics(3, topic);
        try (KafkaProducer<String, String> producer = transactionalProducer(stack)) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, 0, "case-1", "registered"));
            producer.send(new ProducerRecord<>(topic, 2, "case-2", "registered"));
            producer.commitTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, 1, "case-3", "never happened")).get();
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, 0, "case-1", "graded"));
            producer.commitTransaction();
        }

        // When
        try (TopicProbe<String> probe = TopicProbe.of(stack.clientProperties(), new StringDeserializer(), topic)) {
            List<ConsumerRecord<String, String>> read = probe.readToEnd();

            // Then: it stops at the end although the last offset of each partition is a marker
            assertThat(read).extracting(ConsumerRecord::value)
                    .containsExactlyInAnyOrder("registered", "registered", "graded");
            assertThat(probe.valuesOf("case-1")).containsExactly("registered", "graded");
            assertThat(probe.valuesOf("case-3")).isEmpty();
        }
        try (TopicProbe<String> log = TopicProbe.ofLog(stack.clientProperties(), new StringDeserializer(), topic)) {
            assertThat(log.readToEnd()).extracting(ConsumerRecord::value)
                    .containsExactlyInAnyOrder("registered", "registered", "never happened", "graded");
        }
    }

    @Test
    void shouldWaitForAConditionAndFailNamingWhatItReadWhenItIsNeverMet(LocalKafkaStack stack) throws Exception {
        // Given
        String topic = "testkit.probe-" + UUID.randomUUID();
        stack.createTopics(topic);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(stack.clientProperties(),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "case-1", "registered")).get();
        }

        try (TopicProbe<String> probe = TopicProbe.of(stack.clientProperties(), new StringDeserializer(), topic)) {
            // When / Then
            assertThat(probe.awaitRecords(Duration.ofSeconds(30), records -> records.size() == 1))
                    .extracting(ConsumerRecord::key).containsExactly("case-1");
            assertThatThrownBy(() -> probe.awaitRecords(Duration.ofMillis(500), records -> records.size() == 2))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("1 records read");
        }
    }

    @Test
    void shouldWaitForTheRecordsItIsAskedForAndReadATopicOnce(LocalKafkaStack stack) throws Exception {
        // Given
        String topic = "testkit.probe-" + UUID.randomUUID();
        stack.createTopics(2, topic);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(stack.clientProperties(),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, 0, "case-1", "registered")).get();
            producer.send(new ProducerRecord<>(topic, 1, "case-2", "registered")).get();
            producer.send(new ProducerRecord<>(topic, 0, "case-1", "graded")).get();
        }

        try (TopicProbe<String> probe = TopicProbe.of(stack.clientProperties(), new StringDeserializer(), topic)) {
            // When / Then
            assertThat(probe.awaitRecord(Duration.ofSeconds(30), record -> record.value().equals("graded")).key())
                    .isEqualTo("case-1");
            assertThat(probe.awaitValuesOf("case-1", 2, Duration.ofSeconds(30)))
                    .containsExactly("registered", "graded");
            assertThatThrownBy(() -> probe.awaitValuesOf("case-2", 2, Duration.ofMillis(500)))
                    .isInstanceOf(AssertionError.class);
        }
        assertThat(TopicProbe.readAll(stack.clientProperties(), new StringDeserializer(), topic))
                .extracting(ConsumerRecord::key).containsExactlyInAnyOrder("case-1", "case-2", "case-1");
    }

    private static KafkaProducer<String, String> transactionalProducer(LocalKafkaStack stack) {
        Map<String, Object> config = new HashMap<>(stack.clientProperties());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "testkit-probe-" + UUID.randomUUID());
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}
