package com.redress.bench.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class GroupsCaughtUpTest {

    private static final TopicPartition REGISTERED_0 = new TopicPartition("complaints.registered", 0);
    private static final TopicPartition REGISTERED_1 = new TopicPartition("complaints.registered", 1);
    private static final TopicPartition GRADED_0 = new TopicPartition("complaints.graded", 0);
    private static final TopicPartition EMPTY_0 = new TopicPartition("notifications.requested", 0);
    private static final TopicPartition UNREAD_0 = new TopicPartition("sla.events", 0);
    private static final Set<String> READ = Set.of("complaints.registered", "complaints.graded",
            "notifications.requested");

    private final Map<TopicPartition, Long> endsThen = Map.of(REGISTERED_0, 100L, REGISTERED_1, 50L, GRADED_0, 70L,
            EMPTY_0, 0L, UNREAD_0, 900L);

    @Test
    void shouldBeCaughtUpWhenEveryPartitionOfTheTopicsItReadsIsCommittedPastItsEndThen() {
        assertThat(GroupsCaughtUp.isCaughtUp(Map.of(REGISTERED_0, 100L, REGISTERED_1, 52L, GRADED_0, 70L), endsThen,
                READ)).isTrue();
    }

    @Test
    void shouldBeBehindWhileAPartitionIsCommittedBeforeItsEndThen() {
        assertThat(GroupsCaughtUp.isCaughtUp(Map.of(REGISTERED_0, 100L, REGISTERED_1, 49L, GRADED_0, 70L), endsThen,
                READ)).isFalse();
    }

    @Test
    void shouldBeBehindWhileAPartitionOfATopicItReadsHasNoCommittedOffsetYet() {
        assertThat(GroupsCaughtUp.isCaughtUp(Map.of(REGISTERED_0, 100L, GRADED_0, 70L), endsThen, READ)).isFalse();
        assertThat(GroupsCaughtUp.isCaughtUp(Map.of(), endsThen, READ)).isFalse();
    }

    @Test
    void shouldIgnoreTopicsTheServiceDoesNotReadAndPartitionsThatHeldNothing() {
        assertThat(GroupsCaughtUp.isCaughtUp(Map.of(REGISTERED_0, 100L, REGISTERED_1, 50L, GRADED_0, 70L), endsThen,
                READ)).isTrue();
    }
}
