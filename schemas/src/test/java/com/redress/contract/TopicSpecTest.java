package com.redress.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.redress.contract.TopicSpec.CleanupPolicy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class TopicSpecTest {

    @Test
    void shouldConfigureRetentionInMillisecondsAndDeleteCleanup() {
        // Given
        TopicSpec topic = spec(Duration.ofDays(14), CleanupPolicy.DELETE, List.of("intake-service"));

        // When / Then
        assertThat(topic.topicConfigs()).containsOnly(
                entry("cleanup.policy", "delete"),
                entry("retention.ms", "1209600000"));
    }

    @Test
    void shouldConfigureMinusOneRetentionWhenKeptForever() {
        // Given
        TopicSpec topic = spec(null, CleanupPolicy.COMPACT, List.of());

        // When / Then
        assertThat(topic.retainedForever()).isTrue();
        assertThat(topic.topicConfigs()).containsOnly(
                entry("cleanup.policy", "compact"),
                entry("retention.ms", "-1"));
    }

    @Test
    void shouldNotChangeWhenTheCallersConsumerListChanges() {
        // Given
        List<String> consumers = new ArrayList<>(List.of("analytics"));
        TopicSpec topic = spec(null, CleanupPolicy.DELETE, consumers);

        // When
        consumers.add("someone-else");

        // Then
        assertThat(topic.consumedBy()).containsExactly("analytics");
        assertThatThrownBy(() -> topic.consumedBy().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldRejectZeroPartitions() {
        assertThatThrownBy(() -> new TopicSpec("t", "p", "k", null, 0, (short) 1, null, CleanupPolicy.DELETE,
                List.of("producer"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partitions");
    }

    @Test
    void shouldRejectZeroRetentionBecauseForeverIsSpelledNull() {
        assertThatThrownBy(() -> spec(Duration.ZERO, CleanupPolicy.DELETE, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retention");
    }

    @Test
    void shouldRequireAWriter() {
        assertThatThrownBy(() -> new TopicSpec("t", "p", "k", null, 6, (short) 1, null, CleanupPolicy.DELETE,
                List.of(), List.of("analytics")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("producedBy");
    }

    private static TopicSpec spec(Duration retention, CleanupPolicy cleanupPolicy, List<String> consumers) {
        return new TopicSpec("complaints.example", "An example topic.", "caseId", null, 6, (short) 1, retention,
                cleanupPolicy, List.of("intake-service"), consumers);
    }
}
