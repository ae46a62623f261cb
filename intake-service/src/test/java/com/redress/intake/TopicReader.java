package com.redress.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Test helper: reads a whole topic from the beginning, every partition, and keeps what it read. */
final class TopicReader<V> implements AutoCloseable {

    private final KafkaConsumer<String, V> consumer;
    private final List<ConsumerRecord<String, V>> records = new ArrayList<>();

    private TopicReader(KafkaConsumer<String, V> consumer, String topic) {
        this.consumer = consumer;
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    static <V> TopicReader<V> of(Map<String, Object> clientProperties, String topic, Deserializer<V> values) {
        Map<String, Object> config = new HashMap<>(clientProperties);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put("specific.avro.reader", true);
        values.configure(config, false);
        return new TopicReader<>(new KafkaConsumer<>(config, new StringDeserializer(), values), topic);
    }

    static TopicReader<byte[]> raw(Map<String, Object> clientProperties, String topic) {
        return of(clientProperties, topic, new ByteArrayDeserializer());
    }

    /** Everything up to the end of every partition as it is now, i.e. every record acknowledged before the call. */
    List<ConsumerRecord<String, V>> readToEnd() {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        while (end.entrySet().stream().anyMatch(entry -> consumer.position(entry.getKey()) < entry.getValue())) {
            poll();
        }
        return List.copyOf(records);
    }

    /** Everything read so far, after one more poll. */
    List<ConsumerRecord<String, V>> poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        return List.copyOf(records);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
