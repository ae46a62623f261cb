package com.redress.bench.phase;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.redress.bench.report.Figure;
import com.redress.bench.report.ResultTable;
import com.redress.testkit.LocalKafkaStack;

/**
 * What the broker alone can do on this machine: one producer ({@code acks=all}, as the services) writes records of a
 * registration's size to a topic partitioned like the suite's while one consumer reads them back; the rate of the
 * whole produce-and-consume is the baseline the pipeline is compared with.
 */
public final class RawBaseline {

    static final String SECTION = "1 raw Kafka";
    private static final String TOPIC = "bench.raw";

    private RawBaseline() {
    }

    /** Runs the loop and adds its figures; returns the produce+consume rate in records per second. */
    public static double run(LocalKafkaStack stack, int recordBytes, int records, ResultTable table) {
        stack.createTopics(TOPIC);
        byte[] value = new byte[recordBytes];
        new Random(42).nextBytes(value);
        try (KafkaConsumer<String, byte[]> consumer = consumer(stack.bootstrapServers());
                KafkaProducer<String, byte[]> producer = producer(stack.bootstrapServers())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            long start = System.nanoTime();
            CompletableFuture<Long> consumed = CompletableFuture.supplyAsync(() -> consumeAll(consumer, records));
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(TOPIC, UUID.randomUUID().toString(), value));
            }
            producer.flush();
            long produced = System.nanoTime() - start;
            long both = consumed.join() - start;
            double produceRate = records * 1e9 / produced;
            double roundTripRate = records * 1e9 / both;
            table.add(Figure.of(SECTION, "record size (a ComplaintRegistered)", recordBytes, "bytes"));
            table.add(Figure.of(SECTION, "records", records, "count"));
            table.add(Figure.of(SECTION, "produce only", produceRate, "records/s"));
            table.add(Figure.of(SECTION, "produce+consume (baseline)", roundTripRate, "records/s"));
            return roundTripRate;
        }
    }

    private static long consumeAll(KafkaConsumer<String, byte[]> consumer, int records) {
        long seen = 0;
        while (seen < records) {
            seen += consumer.poll(Duration.ofMillis(200)).count();
        }
        return System.nanoTime();
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "bench-raw-producer",
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "bench-raw-consumer",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(),
                new ByteArrayDeserializer());
    }
}
