package com.redress.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Test helper: publishes records as raw bytes, as a channel system's own client would, each acknowledged in turn. */
final class RawRecords {

    private RawRecords() {
    }

    /** Publishes {@code records} in order; where each one landed. */
    static List<RecordMetadata> publish(Map<String, Object> clients, List<ProducerRecord<String, byte[]>> records) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(clients, new StringSerializer(),
                new ByteArraySerializer())) {
            List<RecordMetadata> landed = new ArrayList<>();
            for (ProducerRecord<String, byte[]> record : records) {
                landed.add(producer.send(record).get());
            }
            return landed;
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + records.size() + " records", e);
        }
    }
}
