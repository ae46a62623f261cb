package com.redress.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics the way a downstream consumer does — every partition from the beginning, committed records only, no
 * consumer group — and keeps what it read, for tests to wait on and assert against. One probe replaces a hand-built
 * consumer per test class; {@link #ofLog} reads the whole log instead, for checks of what the broker stores.
 *
 * @param <V> the value type its deserialiser produces
 */
public final class TopicProbe<V> implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final KafkaConsumer<String, V> consumer;
    private final List<ConsumerRecord<String, V>> records = new ArrayList<>();

    private TopicProbe(KafkaConsumer<String, V> consumer, List<String> topics) {
        this.consumer = consumer;
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /**
     * A probe on {@code topics} of the broker and registry that {@code clientProperties} point at, its values read by
     * {@code values} (configured here with those properties and {@code specific.avro.reader=true}).
     */
    public static <V> TopicProbe<V> of(Map<String, Object> clientProperties, Deserializer<V> values,
            String... topics) {
        return open(clientProperties, "read_committed", values, topics);
    }

    /**
     * A probe that reads every record the log of {@code topics} holds, those of aborted transactions included: for
     * checks of what the broker stores rather than what a consumer sees.
     */
    public static <V> TopicProbe<V> ofLog(Map<String, Object> clientProperties, Deserializer<V> values,
            String... topics) {
        return open(clientProperties, "read_uncommitted", values, topics);
    }

    private static <V> TopicProbe<V> open(Map<String, Object> clientProperties, String isolation,
            Deserializer<V> values, String... topics) {
        Map<String, Object> config = new HashMap<>(clientProperties);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put("specific.avro.reader", true);
        values.configure(config, false);
        return new TopicProbe<>(new KafkaConsumer<>(config, new StringDeserializer(), values), List.of(topics));
    }

    /** Every committed record on {@code topics} now, read by a probe opened for this one read. */
    public static <V> List<ConsumerRecord<String, V>> readAll(Map<String, Object> clientProperties,
            Deserializer<V> values, String... topics) {
        try (TopicProbe<V> probe = of(clientProperties, values, topics)) {
            return probe.readToEnd();
        }
    }

    /** Every record it reads (committed ones, unless {@link #ofLog}) up to the end of every partition as it is now. */
    public synchronized List<ConsumerRecord<String, V>> readToEnd() {
        // for a read_committed consumer the end offsets are the last stable offsets, past any transaction markers
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        while (end.entrySet().stream().anyMatch(entry -> consumer.position(entry.getKey()) < entry.getValue())) {
            consumer.poll(POLL).forEach(records::add);
        }
        return List.copyOf(records);
    }

    /** Reads until what was read satisfies {@code condition}, then returns it; fails after {@code patience}. */
    public synchronized List<ConsumerRecord<String, V>> awaitRecords(Duration patience,
            Predicate<List<ConsumerRecord<String, V>>> condition) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.test(List.copyOf(records))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Within " + patience + " the " + records.size() + " records read from "
                        + consumer.assignment() + " never met the condition");
            }
            consumer.poll(POLL).forEach(records::add);
        }
        return List.copyOf(records);
    }

    /** Reads until a record matches {@code match}, then returns the first that does; fails after {@code patience}. */
    public synchronized ConsumerRecord<String, V> awaitRecord(Duration patience,
            Predicate<ConsumerRecord<String, V>> match) {
        return awaitRecords(patience, read -> read.stream().anyMatch(match)).stream().filter(match).findFirst()
                .orElseThrow();
    }

    /** Reads until at least {@code count} values under {@code key} were read, then returns them in the order read. */
    public synchronized List<V> awaitValuesOf(String key, int count, Duration patience) {
        awaitRecords(patience, read -> read.stream().filter(record -> key.equals(record.key())).count() >= count);
        return valuesOf(key);
    }

    /** The values read so far whose key is {@code key}, in the order read. */
    public synchronized List<V> valuesOf(String key) {
        return records.stream().filter(record -> key.equals(record.key())).map(ConsumerRecord::value).toList();
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
