package com.redress.testkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;

import com.redress.contract.Topics;

class CatalogConformanceTest {

    @Test
    void shouldFindNoDifferenceWhenTheTopologyReadsAndWritesWhatTheCatalogSays() {
        // Given: SLA's shape, with a repartition and a changelog of its own on the way
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(List.of(Topics.COMPLAINTS_REGISTERED, Topics.COMPLAINTS_UPDATES, Topics.COMPLAINTS_GRADED),
                        Consumed.with(Serdes.String(), Serdes.String()))
                .groupBy((key, value) -> value, Grouped.with(Serdes.String(), Serdes.String()))
                .count()
                .toStream()
                .mapValues(String::valueOf)
                .to(Topics.SLA_EVENTS, Produced.with(Serdes.String(), Serdes.String()));

        // When
        List<String> differences = CatalogConformance.differences(Topics.SLA_SERVICE,
                KafkaClientTopics.of(List.of(builder.build().describe()), List.of()));

        // Then
        assertThat(differences).isEmpty();
    }

    @Test
    void shouldNameATopicReadThatTheCatalogDoesNotListAndOneListedButNotRead() {
        // Given: a listener on incidents instead of the grades
        KafkaClientTopics actual = KafkaClientTopics.of(List.of(),
                List.of(Topics.COMPLAINTS_REGISTERED, Topics.COMPLAINTS_UPDATES, Topics.COMPLAINTS_INCIDENTS));

        // When
        List<String> differences = CatalogConformance.differences(Topics.SLA_SERVICE, actual);

        // Then
        assertThat(differences).containsExactly(
                "sla-service reads complaints.incidents but the catalog does not list it as a reader",
                "the catalog lists sla-service as a reader of complaints.graded but it does not read them");
    }

    @Test
    void shouldNameATopicWrittenByATopologyThatTheCatalogDoesNotListItAsWriterOf() {
        // Given
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.COMPLAINTS_REGISTERED, Consumed.with(Serdes.String(), Serdes.String()))
                .to(Topics.COMPLAINTS_GRADED, Produced.with(Serdes.String(), Serdes.String()));
        TopologyDescription topology = builder.build().describe();

        // When
        List<String> differences = CatalogConformance.differences(Topics.GRADING_SERVICE,
                KafkaClientTopics.of(List.of(topology), List.of(Topics.COMPLAINTS_UPDATES)));
        List<String> asSla = CatalogConformance.differences(Topics.SLA_SERVICE,
                KafkaClientTopics.of(List.of(topology), List.of(Topics.COMPLAINTS_UPDATES)));

        // Then
        assertThat(differences).isEmpty();
        assertThat(asSla).contains("sla-service writes complaints.graded but the catalog does not list it as a writer");
    }

    @Test
    void shouldCountAGlobalTableAsARead() {
        // Given: grading's reads, one of them through a global table
        StreamsBuilder builder = new StreamsBuilder();
        builder.globalTable(Topics.COMPLAINTS_REGISTERED, Consumed.with(Serdes.String(), Serdes.String()));
        builder.stream(Topics.COMPLAINTS_UPDATES, Consumed.with(Serdes.String(), Serdes.String()))
                .to(Topics.COMPLAINTS_GRADED, Produced.with(Serdes.String(), Serdes.String()));

        // When
        KafkaClientTopics topics = KafkaClientTopics.of(List.of(builder.build().describe()), List.of());

        // Then
        assertThat(topics.reads()).containsExactlyInAnyOrder(Topics.COMPLAINTS_REGISTERED, Topics.COMPLAINTS_UPDATES);
        assertThat(CatalogConformance.differences(Topics.GRADING_SERVICE, topics)).isEmpty();
    }
}
