package com.redress.notification.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.redress.platform.serde.AvroDeserializer;
import com.redress.platform.serde.AvroSerializer;
import com.redress.testkit.LocalKafkaStack;

/** Writes events as the other services do and reads a topic back, for integration tests. */
public final class KafkaTestClients {

    private KafkaTestClients() {
    }

    /** Writes {@code value} and returns where it was written. */
    public static RecordMetadata produce(LocalKafkaStack stack, String topic, String key, SpecificRecord value)
            throws Exception {
        Map<String, Object> config = new HashMap<>(stack.clientProperties());
        config.put("schema.registry.url", stack.schemaRegistryUrl());
        config.put("auto.register.schemas", true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(config, new StringSerializer(),
                serializer(config))) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    /** Every value on {@code topic} under {@code key}, in offset order per partition. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> readAll(LocalKafkaStack stack, String topic, String key) {
        return readRecords(stack, topic, key).stream().map(record -> (T) record.value()).toList();
    }

    /** Every record on {@code topic} under {@code key}, in offset order per partition. */
    public static List<ConsumerRecord<String, Object>> readRecords(LocalKafkaStack stack, String topic, String key) {
        Map<String, Object> config = new HashMap<>(stack.clientProperties());
        config.put("schema.registry.url", stack.schemaRegistryUrl());
        config.put("specific.avro.reader", true);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        AvroDeserializer valueDeserializer = new AvroDeserializer();
        valueDeserializer.configure(config, false);
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                valueDeserializer)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, Object>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        records.add(record);
                    }
                }
            }
            return records;
        }
    }

    private static AvroSerializer serializer(Map<String, Object> config) {
        AvroSerializer serializer = new AvroSerializer();
        serializer.configure(config, false);
        return serializer;
    }
}
