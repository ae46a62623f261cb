package com.redress.notification.sending;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

import com.redress.events.notification.NotificationOutcome;
import com.redress.notification.delivery.DeliveryLedger;
import com.redress.notification.delivery.OutcomeWatermarks;

/**
 * On each assignment of a {@code notifications.requested} partition, reads the outcomes of the requests not yet
 * committed into the ledger, before any request of the partition is read: the same-numbered outcomes partition from the
 * offset committed with the request offset (its metadata) to its end. A redelivered request whose message was sent
 * then finds it sent. Without such metadata (a new group, or offsets expired), it reads the outcomes of the last
 * {@code windowWithoutCommit}, the longest a request is kept.
 */
class OutcomeWindow implements ConsumerAwareRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(OutcomeWindow.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final ConsumerFactory<Object, Object> consumers;
    private final String outcomesTopic;
    private final DeliveryLedger ledger;
    private final OutcomeWatermarks watermarks;
    private final Duration windowWithoutCommit;
    private final Duration readTimeout;
    private final Clock clock;

    OutcomeWindow(ConsumerFactory<Object, Object> consumers, String outcomesTopic, DeliveryLedger ledger,
            OutcomeWatermarks watermarks, Duration windowWithoutCommit, Duration readTimeout, Clock clock) {
        this.consumers = consumers;
        this.outcomesTopic = outcomesTopic;
        this.ledger = ledger;
        this.watermarks = watermarks;
        this.windowWithoutCommit = windowWithoutCommit;
        this.readTimeout = readTimeout;
        this.clock = clock;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> requestsConsumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = requestsConsumer.committed(new HashSet<>(partitions));
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (Consumer<Object, Object> reader = consumers.createConsumer(null, "outcome-window", null, overrides)) {
            for (TopicPartition requests : partitions) {
                TopicPartition outcomes = new TopicPartition(outcomesTopic, requests.partition());
                OffsetAndMetadata commit = committed.get(requests);
                long from = Optional.ofNullable(commit)
                        .flatMap(offset -> OutcomeWatermarks.nextOffsetIn(offset.metadata(), requests.partition()))
                        .orElseGet(() -> offsetOfWindowStart(reader, outcomes));
                long end = read(reader, outcomes, from);
                watermarks.takenOver(requests.partition(), end);
            }
        }
    }

    @Override
    public void onPartitionsRevokedAfterCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        partitions.forEach(partition -> watermarks.released(partition.partition()));
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        partitions.forEach(partition -> watermarks.released(partition.partition()));
    }

    private long offsetOfWindowStart(Consumer<Object, Object> reader, TopicPartition outcomes) {
        long since = clock.instant().minus(windowWithoutCommit).toEpochMilli();
        OffsetAndTimestamp found = reader.offsetsForTimes(Map.of(outcomes, since)).get(outcomes);
        return found != null ? found.offset() : reader.endOffsets(List.of(outcomes)).get(outcomes);
    }

    /** Reads {@code outcomes} from {@code from} to its current end into the ledger; returns that end. */
    private long read(Consumer<Object, Object> reader, TopicPartition outcomes, long from) {
        long end = reader.endOffsets(List.of(outcomes)).get(outcomes);
        reader.assign(List.of(outcomes));
        reader.seek(outcomes, from);
        long deadline = System.nanoTime() + readTimeout.toNanos();
        int read = 0;
        while (reader.position(outcomes) < end) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Could not read " + outcomes + " up to offset " + end + " in "
                        + readTimeout);
            }
            for (ConsumerRecord<Object, Object> record : reader.poll(POLL)) {
                if (record.offset() < end && record.value() instanceof NotificationOutcome outcome) {
                    ledger.record(outcome);
                    read++;
                }
            }
        }
        log.info("Read {} outcomes of {} from offset {} to {} before sending its requests", read, outcomes, from, end);
        return end;
    }
}
