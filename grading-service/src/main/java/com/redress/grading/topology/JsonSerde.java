package com.redress.grading.topology;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON serde for the topology's own state and repartition records, which never leave the service and so need no
 * registered schema.
 *
 * @param <T> the record type
 */
public final class JsonSerde<T> implements Serde<T> {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Class<T> type;

    public JsonSerde(Class<T> type) {
        this.type = type;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                return MAPPER.writeValueAsBytes(value);
            } catch (JacksonException e) {
                throw new SerializationException("Cannot write " + type.getSimpleName() + " for " + topic, e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return MAPPER.readValue(bytes, type);
            } catch (JacksonException e) {
                throw new SerializationException("Cannot read " + type.getSimpleName() + " from " + topic, e);
            }
        };
    }
}
