package com.redress.platform.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

import com.redress.contract.Topics;
import com.redress.platform.serde.AvroSerializer;

/**
 * Serializes what a listener failed on for its dead-letter topic: raw bytes (an unreadable record) pass through
 * untouched; a record that was read but could not be handled is written back in the wire format under the source
 * topic's subject, so it carries the same schema id as the original.
 */
public class DeadLetterSerializer implements Serializer<Object> {

    private final AvroSerializer<IndexedRecord> avro = new AvroSerializer<>();

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        avro.configure(configs, isKey);
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null) {
            return null;
        }
        if (data instanceof byte[] bytes) {
            return bytes;
        }
        if (data instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (data instanceof IndexedRecord record) {
            return avro.serialize(Topics.sourceOfDeadLetter(topic), record);
        }
        throw new SerializationException("Cannot write a " + data.getClass().getName() + " to dead-letter topic "
                + topic + ": expected bytes, a string or an Avro record");
    }

    @Override
    public void close() {
        avro.close();
    }
}
