package com.redress.notification.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import com.redress.platform.serde.AvroDeserializer;
import com.redress.platform.serde.AvroSerializer;
import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.TopicProbe;

/** Writes events as the other services do, and reads a topic back through a probe, for integration tests. */
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

    /** Every committed record on {@code topic} under {@code key}, in offset order per partition. */
    public static List<ConsumerRecord<String, Object>> readRecords(LocalKafkaStack stack, String topic, String key) {
        return TopicProbe.readAll(stack.clientProperties(), new AvroDeserializer<>(), topic).stream()
                .filter(record -> key.equals(record.key())).toList();
    }

    private static AvroSerializer serializer(Map<String, Object> config) {
        AvroSerializer serializer = new AvroSerializer();
        serializer.configure(config, false);
        return serializer;
    }
}
