package com.redress.platform.serde;

import com.redress.platform.registry.SchemaRegistryClient;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka Streams serde of Avro records in the Confluent wire format, pairing {@link AvroSerializer} and
 * {@link AvroDeserializer}.
 *
 * <p>Usable by class name ({@code default.value.serde=com.redress.platform.serde.AvroSerde}) or built with an explicit
 * {@link SchemaRegistryClient}, e.g. an in-memory one in topology tests; see also {@link AvroSerdes}.
 *
 * @param <T> the record type
 */
public class AvroSerde<T> implements Serde<T> {

    private final AvroSerializer<T> serializer;
    private final AvroDeserializer<T> deserializer;

    /** For Kafka's instantiation by class name; {@link #configure(Map, boolean)} must follow. */
    public AvroSerde() {
        this(new AvroSerializer<>(), new AvroDeserializer<>());
    }

    /** Uses {@code registry}; reads {@code GenericRecord}s unless configured with {@code specific.avro.reader=true}. */
    public AvroSerde(SchemaRegistryClient registry) {
        this(new AvroSerializer<>(registry), new AvroDeserializer<>(registry));
    }

    /**
     * Reads into the generated class {@code specificType}.
     *
     * @param registry the registry client, or {@code null} to build one from {@code schema.registry.url} when
     *     configured
     */
    public AvroSerde(SchemaRegistryClient registry, Class<T> specificType) {
        this(registry == null ? new AvroSerializer<>() : new AvroSerializer<>(registry),
                new AvroDeserializer<>(registry, specificType));
    }

    private AvroSerde(AvroSerializer<T> serializer, AvroDeserializer<T> deserializer) {
        this.serializer = serializer;
        this.deserializer = deserializer;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }
}
