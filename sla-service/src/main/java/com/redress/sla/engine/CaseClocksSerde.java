package com.redress.sla.engine;

import com.redress.sla.clock.CaseClocks;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serde of the per-case clock state in its store and changelog: JSON of the state's fields, an internal format that
 * only this service reads.
 */
final class CaseClocksSerde implements Serde<CaseClocks> {

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultVisibility(visibility -> visibility
                    .withVisibility(PropertyAccessor.ALL, Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                    .withVisibility(PropertyAccessor.CREATOR, Visibility.ANY))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    public Serializer<CaseClocks> serializer() {
        return (topic, clocks) -> {
            if (clocks == null) {
                return null;
            }
            try {
                return JSON.writeValueAsBytes(clocks);
            } catch (JacksonException e) {
                throw new SerializationException("Could not write the clock state of a case", e);
            }
        };
    }

    @Override
    public Deserializer<CaseClocks> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return JSON.readValue(bytes, CaseClocks.class);
            } catch (JacksonException e) {
                throw new SerializationException("Could not read the clock state of a case", e);
            }
        };
    }
}
