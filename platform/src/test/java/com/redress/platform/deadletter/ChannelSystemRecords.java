package com.redress.platform.deadletter;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.redress.contract.Topics;
import com.redress.events.intake.ChannelSubmission;
import com.redress.platform.serde.AvroSerializer;
import com.redress.testkit.LocalKafkaStack;

/**
 * Writes {@code complaints.submitted} records to the local stack as a channel system would, well-formed or not, and
 * reads back their dead letters, for the dead-letter tests.
 */
final class ChannelSystemRecords {

    private final LocalKafkaStack stack;

    ChannelSystemRecords(LocalKafkaStack stack) {
        this.stack = stack;
    }

    /** A producer of raw bytes, so a test chooses every byte of a record, unreadable ones too. */
    KafkaProducer<String, byte[]> rawProducer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    /** {@code submission} as the channel system's producer writes it: our serializer, straight to the registry. */
    byte[] avro(ChannelSubmission submission) {
        try (AvroSerializer<ChannelSubmission> serializer = new AvroSerializer<>()) {
            serializer.configure(Map.of("schema.registry.url", stack.schemaRegistryUrl()), false);
            return serializer.serialize(Topics.COMPLAINTS_SUBMITTED, submission);
        }
    }

    /** A record in the wire format whose schema id {@code schemaId} the registry does not know. */
    static byte[] withUnknownSchemaId(int schemaId) {
        return ByteBuffer.allocate(9).put((byte) 0).putInt(schemaId).putInt(42).array();
    }

    /** A consumer of {@code complaints.submitted.dlt}, every partition from its beginning; the caller closes it. */
    KafkaConsumer<byte[], byte[]> deadLetterReader() {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.COMPLAINTS_SUBMITTED_DLT).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }
}
