package com.redress.notification.listener;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;

/**
 * Tells whether the main listener's consumer group has committed past a record; its outcomes are written before it
 * commits, so from then on they are on {@code notifications.outcomes}.
 */
class MainListenerProgress implements DisposableBean {

    private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(10);

    private final Admin admin;
    private final String groupId;
    private final Map<TopicPartition, Long> committed = new ConcurrentHashMap<>();

    MainListenerProgress(Admin admin, String groupId) {
        this.admin = admin;
        this.groupId = groupId;
    }

    /** Whether the main listener has handled the record at {@code offset} of {@code partition} and committed it. */
    boolean hasPassed(TopicPartition partition, long offset) {
        if (committed.getOrDefault(partition, -1L) > offset) {
            return true;
        }
        refresh();
        return committed.getOrDefault(partition, -1L) > offset;
    }

    private void refresh() {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get(LOOKUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            offsets.forEach((partition, offset) -> {
                if (offset != null) {
                    committed.merge(partition, offset.offset(), Math::max);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while reading the offsets of group " + groupId, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("could not read the offsets of group " + groupId, e);
        }
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
