package com.redress.platform.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import com.redress.contract.TopicSpec;
import com.redress.contract.Topics;

class TopicDeclarationsTest {

    private static final String DEAD_LETTER_RETENTION_MS = Long.toString(Duration.ofDays(30).toMillis());
    private static final TopicProperties LAPTOP = new TopicProperties(6, (short) 1);

    @Test
    void shouldDeclareWhatTheCatalogSaysAServiceWritesAndReadsWithTheDeadLetterTopicsOfWhatItReads() {
        // When
        List<NewTopic> topics = TopicDeclarations.forApplication(Topics.GRADING_SERVICE, LAPTOP);

        // Then: the read topics too, so that the service never waits for their writer to start first
        assertThat(topics).extracting(NewTopic::name).containsExactly(
                Topics.COMPLAINTS_GRADED, Topics.COMPLAINTS_INCIDENTS, Topics.COMPLAINTS_REGISTERED_DLT,
                Topics.COMPLAINTS_UPDATES_DLT, Topics.COMPLAINTS_REGISTERED, Topics.COMPLAINTS_UPDATES);
    }

    @Test
    void shouldTakeRetentionAndCleanupPolicyFromTheCatalog() {
        // When
        Map<String, Map<String, String>> configs = configsByName(
                TopicDeclarations.forApplication(Topics.NOTIFICATION_SERVICE, LAPTOP));

        // Then
        assertThat(configs.get(Topics.COMPLAINTS_REGISTERED)).containsExactlyInAnyOrderEntriesOf(Map.of(
                TopicSpec.CLEANUP_POLICY_CONFIG, "delete",
                TopicSpec.RETENTION_MS_CONFIG, Long.toString(TopicSpec.RETAIN_FOREVER_MS)));
        assertThat(configs.get(Topics.NOTIFICATIONS_OUTCOMES))
                .containsEntry(TopicSpec.RETENTION_MS_CONFIG, Long.toString(Duration.ofDays(400).toMillis()));
        assertThat(configs.get(Topics.COMPLAINTS_REGISTERED_DLT)).containsExactlyInAnyOrderEntriesOf(Map.of(
                TopicSpec.CLEANUP_POLICY_CONFIG, "delete",
                TopicSpec.RETENTION_MS_CONFIG, DEAD_LETTER_RETENTION_MS));
    }

    @Test
    void shouldSizeEveryDeclaredTopicFromTheProperties() {
        // Given: a production cluster
        TopicProperties production = new TopicProperties(12, (short) 3);

        // When
        List<NewTopic> topics = TopicDeclarations.forApplication(Topics.SLA_SERVICE, production);

        // Then
        assertThat(topics).hasSize(7).allSatisfy(topic -> {
            assertThat(topic.numPartitions()).isEqualTo(12);
            assertThat(topic.replicationFactor()).isEqualTo((short) 3);
        });
    }

    @Test
    void shouldDeclareNothingForAnApplicationTheCatalogDoesNotKnow() {
        assertThat(TopicDeclarations.forApplication("sla", LAPTOP)).isEmpty();
    }

    @Test
    void shouldDeclareGivenCatalogTopicsAsTheCatalogConfiguresThem() {
        // When
        List<NewTopic> topics = TopicDeclarations.of(List.of(Topics.find(Topics.SURVEYS_RESPONSES).orElseThrow()),
                LAPTOP);

        // Then
        assertThat(topics).singleElement().satisfies(topic -> {
            assertThat(topic.name()).isEqualTo(Topics.SURVEYS_RESPONSES);
            assertThat(topic.configs()).containsEntry(TopicSpec.RETENTION_MS_CONFIG,
                    Long.toString(Duration.ofDays(400).toMillis()));
        });
    }

    @Test
    void shouldRejectFewerThanOnePartition() {
        assertThatThrownBy(() -> new TopicProperties(0, (short) 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redress.topics.partitions");
    }

    @Test
    void shouldRejectReplicationFactorBelowOne() {
        assertThatThrownBy(() -> new TopicProperties(6, (short) 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redress.topics.replication-factor");
    }

    private static Map<String, Map<String, String>> configsByName(List<NewTopic> topics) {
        return topics.stream().collect(Collectors.toMap(NewTopic::name, NewTopic::configs));
    }
}
