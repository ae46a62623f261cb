package com.redress.contract;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.redress.events.intake.ComplaintRegistered;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicsTest {

    private static final List<String> EVENT_TOPICS = List.of(
            Topics.COMPLAINTS_SUBMITTED, Topics.COMPLAINTS_REGISTERED, Topics.COMPLAINTS_UPDATES,
            Topics.COMPLAINTS_GRADED, Topics.COMPLAINTS_INCIDENTS, Topics.SLA_EVENTS,
            Topics.NOTIFICATIONS_REQUESTED, Topics.NOTIFICATIONS_OUTCOMES, Topics.SURVEYS_RESPONSES);

    private static final List<String> DEAD_LETTER_TOPICS = List.of(
            Topics.COMPLAINTS_SUBMITTED_DLT, Topics.COMPLAINTS_REGISTERED_DLT, Topics.COMPLAINTS_UPDATES_DLT,
            Topics.COMPLAINTS_GRADED_DLT, Topics.SLA_EVENTS_DLT, Topics.NOTIFICATIONS_REQUESTED_DLT,
            Topics.NOTIFICATIONS_OUTCOMES_DLT, Topics.SURVEYS_RESPONSES_DLT);

    @Test
    void shouldCatalogExactlyTheNamedTopicsOnceEach() {
        assertThat(Topics.ALL).extracting(TopicSpec::name)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(concat(EVENT_TOPICS, DEAD_LETTER_TOPICS));
    }

    @Test
    void shouldNameTheDeadLetterTopicWithDltSuffix() {
        assertThat(Topics.deadLetterOf("complaints.graded")).isEqualTo("complaints.graded.dlt");
        assertThat(Topics.deadLetterOf(Topics.SLA_EVENTS)).isEqualTo(Topics.SLA_EVENTS_DLT);
    }

    @Test
    void shouldFindTheSourceOfADeadLetterTopicAndLeaveOtherNamesAlone() {
        assertThat(Topics.sourceOfDeadLetter(Topics.COMPLAINTS_SUBMITTED_DLT)).isEqualTo(Topics.COMPLAINTS_SUBMITTED);
        assertThat(Topics.sourceOfDeadLetter(Topics.SLA_EVENTS)).isEqualTo(Topics.SLA_EVENTS);
    }

    @Test
    void shouldHaveARawBytesDeadLetterTopicForEveryTopicOurServicesConsume() {
        // Given
        List<TopicSpec> consumedByServices = Topics.ALL.stream()
                .filter(topic -> !topic.isDeadLetter())
                .filter(topic -> topic.consumedBy().stream().anyMatch(consumer -> consumer.endsWith("-service")))
                .toList();

        // When / Then
        assertThat(consumedByServices).isNotEmpty().allSatisfy(topic -> {
            TopicSpec deadLetter = Topics.find(Topics.deadLetterOf(topic.name())).orElseThrow();
            assertThat(deadLetter.valueSchema()).isNull();
            assertThat(deadLetter.partitions()).isEqualTo(topic.partitions());
            assertThat(deadLetter.purpose()).contains("kafka_dlt-original-topic", "kafka_dlt-exception-message");
        });
    }

    @Test
    void shouldNotCreateADeadLetterTopicForATopicOnlyAnalyticsReads() {
        assertThat(Topics.find(Topics.deadLetterOf(Topics.COMPLAINTS_INCIDENTS))).isEmpty();
    }

    @Test
    void shouldFindTopicWithItsEventSchema() {
        assertThat(Topics.find(Topics.COMPLAINTS_REGISTERED)).get()
                .extracting(TopicSpec::valueSchema)
                .isEqualTo(ComplaintRegistered.getClassSchema());
    }

    @Test
    void shouldNameWhatAServiceWritesAndReadsByItsApplicationName() {
        assertThat(Topics.writtenBy(Topics.SLA_SERVICE)).extracting(TopicSpec::name).containsExactly(
                Topics.SLA_EVENTS, Topics.COMPLAINTS_REGISTERED_DLT, Topics.COMPLAINTS_UPDATES_DLT,
                Topics.COMPLAINTS_GRADED_DLT);
        assertThat(Topics.readBy(Topics.SLA_SERVICE)).extracting(TopicSpec::name).containsExactly(
                Topics.COMPLAINTS_REGISTERED, Topics.COMPLAINTS_UPDATES, Topics.COMPLAINTS_GRADED);
    }

    @Test
    void shouldHaveAServiceRegisterTheSchemasOfWhatItWritesAndOfTheDoorsOnlyOutsideSystemsWrite() {
        assertThat(Topics.schemasRegisteredBy(Topics.INTAKE_SERVICE)).extracting(TopicSpec::name)
                .containsExactly(Topics.COMPLAINTS_SUBMITTED, Topics.COMPLAINTS_REGISTERED, Topics.COMPLAINTS_UPDATES);
        assertThat(Topics.schemasRegisteredBy(Topics.SLA_SERVICE)).extracting(TopicSpec::name)
                .containsExactly(Topics.SLA_EVENTS);
    }

    @Test
    void shouldNameNoTopicsForAnApplicationTheCatalogDoesNotKnow() {
        assertThat(Topics.writtenBy("sla")).isEmpty();
        assertThat(Topics.readBy("sla-service ")).isEmpty();
        assertThat(Topics.schemasRegisteredBy("analytics")).isEmpty();
    }

    @Test
    void shouldFindNothingForAnUnknownTopic() {
        assertThat(Topics.find("complaints.unknown")).isEmpty();
    }

    @Test
    void shouldGiveEveryTopicTheSamePartitionCountSoCasesStayCoPartitioned() {
        assertThat(Topics.ALL).extracting(TopicSpec::partitions).containsOnly(Topics.DEFAULT_PARTITIONS);
    }

    @Test
    void shouldKeepTheSystemOfRecordTopicsForever() {
        assertThat(List.of(Topics.COMPLAINTS_REGISTERED, Topics.COMPLAINTS_UPDATES, Topics.COMPLAINTS_GRADED))
                .map(name -> Topics.find(name).orElseThrow())
                .allSatisfy(topic -> {
                    assertThat(topic.topicConfigs()).containsEntry("retention.ms", "-1");
                    assertThat(topic.cleanupPolicy()).isEqualTo(TopicSpec.CleanupPolicy.DELETE);
                });
    }

    @Test
    void shouldKeepRawSubmissionsAndDeadLettersForALimitedTime() {
        assertThat(concat(List.of(Topics.COMPLAINTS_SUBMITTED), DEAD_LETTER_TOPICS))
                .map(name -> Topics.find(name).orElseThrow())
                .allSatisfy(topic -> assertThat(topic.retainedForever()).as(topic.name()).isFalse());
    }

    @Test
    void shouldKeyEveryEventTopicButSubmissionsByCaseId() {
        assertThat(Topics.ALL).filteredOn(topic -> !topic.isDeadLetter())
                .filteredOn(topic -> !topic.name().equals(Topics.COMPLAINTS_SUBMITTED))
                .allSatisfy(topic -> assertThat(topic.key()).startsWith("`caseId`"));
        assertThat(Topics.find(Topics.COMPLAINTS_SUBMITTED).orElseThrow().key())
                .startsWith("`<channel>:<channelMessageId>`");
    }

    @Test
    void shouldExposeAnUnmodifiableCatalog() {
        assertThatThrownBy(() -> Topics.ALL.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldCarryAValueSchemaOnEveryEventTopic() {
        assertThat(Topics.ALL).filteredOn(topic -> EVENT_TOPICS.contains(topic.name()))
                .extracting(TopicSpec::valueSchema)
                .allMatch(Objects::nonNull);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
