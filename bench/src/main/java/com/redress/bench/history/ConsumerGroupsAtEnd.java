package com.redress.bench.history;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Moves every consumer group's committed offsets to the end of every topic: the history was handled as it happened,
 * so a service that comes back starts where its group left off, after the history, and what it has to read of the
 * history is what it chooses to (replays, global tables, changelogs). Every partition of every topic, not only those
 * the group has committed: a group commits no offset for a partition it has read nothing from, and would start such a
 * partition from its beginning; offsets of topics a group does not read are never looked at. Only groups without
 * members can be moved: the services must be stopped, and a group that still shows members (a Kafka Streams member
 * does not leave on close) is retried until their session ends.
 */
public final class ConsumerGroupsAtEnd {

    private static final Duration MEMBERS_GONE_TIMEOUT = Duration.ofSeconds(90);

    private ConsumerGroupsAtEnd() {
    }

    /** Moves the groups {@code which} accepts and returns them. */
    public static List<String> move(String bootstrapServers, Predicate<String> which)
            throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<String> groups = admin.listConsumerGroups().all().get().stream()
                    .map(listing -> listing.groupId()).filter(which).sorted().toList();
            Map<TopicPartition, OffsetAndMetadata> atEnd = new HashMap<>();
            TopicEnds.now(admin).forEach((partition, end) -> atEnd.put(partition, new OffsetAndMetadata(end)));
            for (String group : groups) {
                long deadline = System.currentTimeMillis() + MEMBERS_GONE_TIMEOUT.toMillis();
                while (true) {
                    try {
                        admin.alterConsumerGroupOffsets(group, atEnd).all().get();
                        break;
                    } catch (ExecutionException e) {
                        if (System.currentTimeMillis() > deadline) {
                            throw e;
                        }
                        Thread.sleep(1_000);
                    }
                }
            }
            return groups;
        }
    }
}
