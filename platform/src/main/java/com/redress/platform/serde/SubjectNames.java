package com.redress.platform.serde;

import org.apache.kafka.common.errors.SerializationException;

/** Confluent's TopicNameStrategy: the subject of a topic's values is {@code <topic>-value}, of its keys {@code <topic>-key}. */
final class SubjectNames {

    private SubjectNames() {
    }

    static String of(String topic, boolean isKey) {
        if (topic == null || topic.isEmpty()) {
            throw new SerializationException("Cannot name the schema registry subject of a record without a topic");
        }
        return topic + (isKey ? "-key" : "-value");
    }
}
