package com.redress.platform.streams;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The state serde of {@link JsonStateSerdes#of(Class)} under its former name, for the services that have not moved to
 * {@link JsonStateSerdes} yet; it writes and reads the same JSON.
 *
 * @param <T> the record type
 * @deprecated use {@link JsonStateSerdes#of(Class)}
 */
@Deprecated(forRemoval = true)
public final class JsonStateSerde<T> implements Serde<T> {

    private final Serde<T> delegate;

    public JsonStateSerde(Class<T> type) {
        this.delegate = JsonStateSerdes.of(type);
    }

    @Override
    public Serializer<T> serializer() {
        return delegate.serializer();
    }

    @Override
    public Deserializer<T> deserializer() {
        return delegate.deserializer();
    }
}
