package com.redress.platform.serde;

import com.redress.platform.registry.SchemaRegistryClient;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;

/** Builds configured {@link AvroSerde}s for Kafka Streams topologies. */
public final class AvroSerdes {

    private AvroSerdes() {
    }

    /**
     * A serde of the generated class {@code type} whose registry client is built from {@code schema.registry.url}
     * ({@code mock://<scope>} in topology tests).
     */
    public static <T extends SpecificRecord> AvroSerde<T> specific(Class<T> type, Map<String, ?> configs,
            boolean isKey) {
        return configured(new AvroSerde<>(null, Objects.requireNonNull(type, "type")), configs, isKey);
    }

    /** A serde of the generated class {@code type} over {@code registry}; {@code configs} may omit the URL. */
    public static <T extends SpecificRecord> AvroSerde<T> specific(Class<T> type, SchemaRegistryClient registry,
            Map<String, ?> configs, boolean isKey) {
        return configured(new AvroSerde<>(Objects.requireNonNull(registry, "registry"),
                Objects.requireNonNull(type, "type")), configs, isKey);
    }

    /** A serde of {@code GenericRecord}s whose registry client is built from {@code schema.registry.url}. */
    public static AvroSerde<GenericRecord> generic(Map<String, ?> configs, boolean isKey) {
        return configured(new AvroSerde<>(), genericReader(configs), isKey);
    }

    /** A serde of {@code GenericRecord}s over {@code registry}; {@code configs} may omit the URL. */
    public static AvroSerde<GenericRecord> generic(SchemaRegistryClient registry, Map<String, ?> configs,
            boolean isKey) {
        return configured(new AvroSerde<>(registry), genericReader(configs), isKey);
    }

    private static <T> AvroSerde<T> configured(AvroSerde<T> serde, Map<String, ?> configs, boolean isKey) {
        serde.configure(configs, isKey);
        return serde;
    }

    private static Map<String, ?> genericReader(Map<String, ?> configs) {
        Map<String, Object> copy = new HashMap<>(configs);
        copy.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, false);
        return copy;
    }
}
