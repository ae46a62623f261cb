package com.redress.bench.history;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;

/**
 * Says when a service's consumer groups have read what was on the topics at a moment: every partition of every topic
 * the service reads (as the catalog says) that held records then is committed, by one of the service's groups, at or
 * past the end it had then. Looks only at committed offsets, so it works for listeners and Kafka Streams applications
 * alike; a Streams application commits its input offsets only once what it read is in its stores and changelogs.
 */
public final class GroupsCaughtUp implements AutoCloseable {

    private static final Duration POLL_EVERY = Duration.ofSeconds(1);

    private final Admin admin;
    private final Map<TopicPartition, Long> endsThen;

    private GroupsCaughtUp(Admin admin, Map<TopicPartition, Long> endsThen) {
        this.admin = admin;
        this.endsThen = endsThen;
    }

    /** The ends of every partition of every topic now: what the groups are to have read. */
    public static GroupsCaughtUp fromNow(String bootstrapServers) throws InterruptedException, ExecutionException {
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        try {
            return new GroupsCaughtUp(admin, TopicEnds.now(admin));
        } catch (InterruptedException | ExecutionException | RuntimeException e) {
            admin.close();
            throw e;
        }
    }

    /**
     * Waits until every group {@code which} accepts has caught up; false when {@code timeout} passes first or
     * {@code stillRunning} turns false (the service exited).
     */
    public boolean await(Predicate<String> which, Set<String> topicsRead, Duration timeout,
            BooleanSupplier stillRunning) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && stillRunning.getAsBoolean()) {
            if (caughtUp(which, topicsRead)) {
                return true;
            }
            Thread.sleep(POLL_EVERY.toMillis());
        }
        return false;
    }

    private boolean caughtUp(Predicate<String> which, Set<String> topicsRead)
            throws InterruptedException, ExecutionException {
        List<String> groups = admin.listConsumerGroups().all().get().stream().map(listing -> listing.groupId())
                .filter(which).toList();
        Map<TopicPartition, Long> committed = new HashMap<>();
        for (String group : groups) {
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().forEach((partition, offset) -> {
                if (offset != null) {
                    committed.merge(partition, offset.offset(), Math::max);
                }
            });
        }
        return isCaughtUp(committed, endsThen, topicsRead);
    }

    /**
     * Whether every partition of {@code topicsRead} that held records then is committed at or past its end then
     * ({@code committed}: the furthest offset any of the service's groups committed); a partition no group has
     * committed yet is behind.
     */
    static boolean isCaughtUp(Map<TopicPartition, Long> committed, Map<TopicPartition, Long> endsThen,
            Set<String> topicsRead) {
        return endsThen.entrySet().stream()
                .filter(end -> topicsRead.contains(end.getKey().topic()) && end.getValue() > 0)
                .allMatch(end -> committed.getOrDefault(end.getKey(), -1L) >= end.getValue());
    }

    @Override
    public void close() {
        admin.close();
    }
}
