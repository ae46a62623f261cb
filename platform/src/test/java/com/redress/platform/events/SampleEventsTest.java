package com.redress.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import com.redress.contract.TopicSpec;
import com.redress.contract.Topics;

/** Keeps the samples honest: a field added to the contract must be set here before the wire test can prove it. */
class SampleEventsTest {

    @Test
    void shouldCoverEveryEventTopicOfTheCatalogWithItsValueType() {
        // Given
        Map<String, SpecificRecord> samples = SampleEvents.byTopic();

        // When / Then
        List<TopicSpec> eventTopics = Topics.ALL.stream().filter(spec -> !spec.isDeadLetter()).toList();
        assertThat(samples.keySet()).containsExactlyElementsOf(eventTopics.stream().map(TopicSpec::name).toList());
        eventTopics.forEach(spec -> assertThat(samples.get(spec.name()).getSchema())
                .as("sample for %s", spec.name()).isEqualTo(spec.valueSchema()));
    }

    @Test
    void shouldSetEveryOptionalFieldAndFillEveryCollection() {
        // Given
        List<String> unset = new ArrayList<>();

        // When
        SampleEvents.byTopic().values().forEach(event -> collectUnset(event, event.getSchema().getName(), unset));

        // Then
        assertThat(unset).as("fields left null or empty").isEmpty();
    }

    private static void collectUnset(IndexedRecord record, String path, List<String> unset) {
        for (Schema.Field field : record.getSchema().getFields()) {
            Object value = record.get(field.pos());
            String fieldPath = path + "." + field.name();
            if (value == null || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m
                    && m.isEmpty()) {
                unset.add(fieldPath);
            } else if (value instanceof IndexedRecord nested) {
                collectUnset(nested, fieldPath, unset);
            } else if (value instanceof Collection<?> items) {
                items.stream().filter(IndexedRecord.class::isInstance)
                        .forEach(item -> collectUnset((IndexedRecord) item, fieldPath + "[]", unset));
            }
        }
    }
}
