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

    @Test
    void shouldDeclareProducedTopicsAndConsumedOnesWithTheirDeadLetterTopics() {
        // Given: intake writes registrations and reads channel submissions
        TopicProperties properties = properties(List.of(Topics.COMPLAINTS_REGISTERED),
                List.of(Topics.COMPLAINTS_SUBMITTED), 6, (short) 1);

        // When
        List<NewTopic> topics = TopicDeclarations.of(properties);

        // Then: the consumed topic too, so that the service never waits for its producer to start first
        assertThat(topics).extracting(NewTopic::name)
                .containsExactly(Topics.COMPLAINTS_REGISTERED, Topics.COMPLAINTS_SUBMITTED,
                        Topics.COMPLAINTS_SUBMITTED_DLT);
    }

    @Test
    void shouldTakeRetentionAndCleanupPolicyFromTheCatalog() {
        // Given
        TopicProperties properties = properties(List.of(Topics.COMPLAINTS_REGISTERED, Topics.NOTIFICATIONS_OUTCOMES),
                List.of(Topics.COMPLAINTS_SUBMITTED), 6, (short) 1);

        // When
        Map<String, Map<String, String>> configs = configsByName(TopicDeclarations.of(properties));

        // Then
        assertThat(configs.get(Topics.COMPLAINTS_REGISTERED)).containsExactlyInAnyOrderEntriesOf(Map.of(
                TopicSpec.CLEANUP_POLICY_CONFIG, "delete",
                TopicSpec.RETENTION_MS_CONFIG, Long.toString(TopicSpec.RETAIN_FOREVER_MS)));
        assertThat(configs.get(Topics.NOTIFICATIONS_OUTCOMES))
                .containsEntry(TopicSpec.RETENTION_MS_CONFIG, Long.toString(Duration.ofDays(400).toMillis()));
        assertThat(configs.get(Topics.COMPLAINTS_SUBMITTED_DLT)).containsExactlyInAnyOrderEntriesOf(Map.of(
                TopicSpec.CLEANUP_POLICY_CONFIG, "delete",
                TopicSpec.RETENTION_MS_CONFIG, DEAD_LETTER_RETENTION_MS));
    }

    @Test
    void shouldSizeEveryDeclaredTopicFromTheProperties() {
        // Given: a production cluster
        TopicProperties properties = properties(List.of(Topics.COMPLAINTS_GRADED),
                List.of(Topics.COMPLAINTS_REGISTERED, Topics.COMPLAINTS_UPDATES), 12, (short) 3);

        // When
        List<NewTopic> topics = TopicDeclarations.of(properties);

        // Then
        assertThat(topics).hasSize(5).allSatisfy(topic -> {
            assertThat(topic.numPartitions()).isEqualTo(12);
            assertThat(topic.replicationFactor()).isEqualTo((short) 3);
        });
    }

    @Test
    void shouldDeclareEachTopicOnceAndIgnoreSurroundingBlanks() {
        // Given
        TopicProperties properties = properties(
                List.of(Topics.SLA_EVENTS, " " + Topics.SLA_EVENTS + " "),
                List.of(Topics.COMPLAINTS_GRADED, Topics.COMPLAINTS_GRADED + " "), 6, (short) 1);

        // When
        List<NewTopic> topics = TopicDeclarations.of(properties);

        // Then
        assertThat(topics).extracting(NewTopic::name)
                .containsExactly(Topics.SLA_EVENTS, Topics.COMPLAINTS_GRADED, Topics.COMPLAINTS_GRADED_DLT);
    }

    @Test
    void shouldDeclareNothingForAServiceWithoutTopics() {
        // Given
        TopicProperties properties = properties(List.of(), List.of(), 6, (short) 1);

        // When / Then
        assertThat(TopicDeclarations.of(properties)).isEmpty();
    }

    @Test
    void shouldRejectUnknownTopicNamingItAndTheKnownOnes() {
        // Given: a typo in redress.topics.produces
        TopicProperties properties = properties(List.of("complaints.registred"), List.of(), 6, (short) 1);

        // When / Then
        assertThatThrownBy(() -> TopicDeclarations.of(properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'complaints.registred' is not in the topic catalog")
                .hasMessageContaining(Topics.COMPLAINTS_REGISTERED)
                .hasMessageContaining(Topics.SURVEYS_RESPONSES)
                .hasMessageContaining(Topics.COMPLAINTS_SUBMITTED_DLT);
    }

    @Test
    void shouldRejectUnknownConsumedTopic() {
        // Given
        TopicProperties properties = properties(List.of(), List.of("sla.event"), 6, (short) 1);

        // When / Then
        assertThatThrownBy(() -> TopicDeclarations.of(properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'sla.event' is not in the topic catalog")
                .hasMessageContaining(Topics.SLA_EVENTS);
    }

    @Test
    void shouldRejectConsumedTopicWithoutDeadLetterTopicNamingTheConsumedTopic() {
        // Given: only analytics reads survey responses, so the catalog has no dead-letter topic for them
        TopicProperties properties = properties(List.of(), List.of(Topics.SURVEYS_RESPONSES), 6, (short) 1);

        // When / Then
        assertThatThrownBy(() -> TopicDeclarations.of(properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'" + Topics.SURVEYS_RESPONSES + "' is consumed")
                .hasMessageContaining(Topics.deadLetterOf(Topics.SURVEYS_RESPONSES));
    }

    @Test
    void shouldRejectFewerThanOnePartition() {
        assertThatThrownBy(() -> properties(List.of(), List.of(), 0, (short) 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redress.topics.partitions");
    }

    @Test
    void shouldRejectReplicationFactorBelowOne() {
        assertThatThrownBy(() -> properties(List.of(), List.of(), 6, (short) 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redress.topics.replication-factor");
    }

    private static TopicProperties properties(List<String> produces, List<String> consumes, int partitions,
            short replicationFactor) {
        return new TopicProperties(produces, consumes, partitions, replicationFactor);
    }

    private static Map<String, Map<String, String>> configsByName(List<NewTopic> topics) {
        return topics.stream().collect(Collectors.toMap(NewTopic::name, NewTopic::configs));
    }
}
