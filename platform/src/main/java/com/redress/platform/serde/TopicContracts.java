package com.redress.platform.serde;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.common.errors.SerializationException;

import com.redress.contract.TopicSpec;
import com.redress.contract.Topics;

/** Which record each topic of the contract carries, so a record of any other schema found there is refused. */
final class TopicContracts {

    private static final Map<String, Optional<String>> RECORD_NAMES = new ConcurrentHashMap<>();

    private TopicContracts() {
    }

    /**
     * @throws SerializationException when {@code topic} is a contract topic with a value schema and
     *     {@code writerName} is not that schema's full name; other topics (dead letters, internal topics) pass
     */
    static void requireContractRecord(String topic, String writerName, int schemaId) {
        Optional<String> expected = RECORD_NAMES.computeIfAbsent(topic, name -> Topics.find(name)
                .map(TopicSpec::valueSchema)
                .map(schema -> schema.getFullName()));
        if (expected.isPresent() && writerName != null && !expected.get().equals(writerName)) {
            throw new SerializationException("Record of schema " + writerName + " (schema id " + schemaId
                    + ") on topic " + topic + ", whose contract is " + expected.get());
        }
    }
}
