package com.redress.notification.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Reads topics from where it last stopped up to their current end and hands every readable value to the in-memory
 * views (cases, delivery ledger, answered surveys); called before the listener processes a newly assigned partition,
 * so the views include everything any instance wrote before.
 */
public class TopicReplay implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TopicReplay.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> consumerProperties;
    private final List<String> topics;
    private final Consumer<Object> views;
    private KafkaConsumer<String, Object> consumer;
    private List<TopicPartition> assigned = List.of();

    /**
     * @param consumerProperties Kafka consumer properties (deserialisers included); group settings are dropped
     * @param topics             the topics to read
     * @param views              receives each value, in partition order
     */
    public TopicReplay(Map<String, Object> consumerProperties, List<String> topics, Consumer<Object> views) {
        Map<String, Object> properties = new HashMap<>(consumerProperties);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "notification-replay");
        this.consumerProperties = Map.copyOf(properties);
        this.topics = List.copyOf(topics);
        this.views = views;
    }

    /** Reads every topic up to the end it has now; returns how many records were read. */
    public synchronized long catchUp() {
        if (consumer == null) {
            consumer = new KafkaConsumer<>(consumerProperties);
        }
        assignAllPartitions();
        Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
        long read = 0;
        while (behind(end)) {
            for (ConsumerRecord<String, Object> record : consumer.poll(POLL)) {
                read++;
                // an unreadable record has a null value here; the listener dead-letters it on its own topic
                if (record.value() != null) {
                    views.accept(record.value());
                }
            }
        }
        if (read > 0) {
            log.info("Replayed {} records from {}", read, topics);
        }
        return read;
    }

    private void assignAllPartitions() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        if (!partitions.equals(assigned)) {
            List<TopicPartition> added = partitions.stream()
                    .filter(partition -> !assigned.contains(partition))
                    .toList();
            Map<TopicPartition, Long> positions = new HashMap<>();
            assigned.stream()
                    .filter(partitions::contains)
                    .forEach(known -> positions.put(known, consumer.position(known)));
            consumer.assign(partitions);
            positions.forEach(consumer::seek);
            consumer.seekToBeginning(added);
            assigned = List.copyOf(partitions);
        }
    }

    private boolean behind(Map<TopicPartition, Long> end) {
        return end.entrySet().stream().anyMatch(entry -> consumer.position(entry.getKey()) < entry.getValue());
    }

    @Override
    public synchronized void destroy() {
        if (consumer != null) {
            consumer.close();
        }
    }
}
