package com.redress.bench.track;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.redress.platform.serde.AvroDeserializer;

/**
 * Reads topics from their current end onwards on one thread, without a consumer group and only committed records,
 * and hands every decoded event to the listeners: the trackers that match events to what the driver sent.
 */
public final class TopicTap implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TopicTap.class);

    private final KafkaConsumer<String, Object> consumer;
    private final List<Consumer<ConsumerRecord<String, Object>>> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;

    public TopicTap(String bootstrapServers, String schemaRegistryUrl, List<String> topics) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-topic-tap");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        config.put("schema.registry.url", schemaRegistryUrl);
        config.put("specific.avro.reader", true);
        AvroDeserializer<Object> values = new AvroDeserializer<>();
        values.configure(config, false);
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), values);
        List<TopicPartition> partitions = topics.stream()
                .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                        .map(info -> new TopicPartition(topic, info.partition())))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        this.thread = new Thread(this::run, "bench-topic-tap");
        thread.setDaemon(true);
    }

    public TopicTap listen(Consumer<ConsumerRecord<String, Object>> listener) {
        listeners.add(listener);
        return this;
    }

    public TopicTap start() {
        thread.start();
        return this;
    }

    private void run() {
        try {
            while (running) {
                ConsumerRecords<String, Object> records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<String, Object> record : records) {
                    if (record.value() != null) {
                        listeners.forEach(listener -> listener.accept(record));
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            log.error("Topic tap stopped: {}", e.toString());
        } finally {
            consumer.close(Duration.ofSeconds(2));
            stopped.countDown();
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            stopped.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
